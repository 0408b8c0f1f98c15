package org.refunddesk.rules;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.refunddesk.domain.EventType;
import org.refunddesk.rules.i18n.Messages;

/**
 * The rule engine's connecting words in one language ({@code rules.properties}), read from the
 * bundles once per language and kept parsed, so explaining 100,000 cases does no bundle lookups.
 */
final class Phrases {
    private static final Map<Locale, Phrases> CACHE = new ConcurrentHashMap<>();

    final boolean english;
    final String[] weekdays = new String[8];
    final String listSeparator;
    /** The word between the first and last day of a run of holidays ("1 Oct to 3 Oct"). */
    final String rangeTo;
    final String partSeparator;
    final String paid;
    final String discovered;
    final String weekend;
    final String monthEnd;
    final String or;
    final Template startEvent;
    final Template onChannel;
    final Template countExact;
    final String countBegin;
    final Template restartBegin;
    final Template workingDay;
    final Template adjusted;
    final Template skipped;
    final Template skippedOne;
    final Template holiday;
    final Template nthDay;
    final Template correspondingDay;
    final Template restDay;
    final Template moved;
    final Template givenDeadline;
    final Template dueDay;
    final Template dueExact;
    final Template met;
    final Template metLate;
    final Template missed;
    final Template tooLate;
    final Template estimate;
    final Template estimateHolidays;
    final Template restart;
    final Template notRestart;
    final Template afterExpiry;
    final Template voided;
    final String limitationExpired;
    private final Messages messages;
    private final Map<String, String> holidayNames = new ConcurrentHashMap<>();
    private final Map<Enum<?>, String> enumNames = new ConcurrentHashMap<>();

    private Phrases(Messages messages) {
        this.messages = messages;
        english = messages.english();
        for (int d = 1; d <= 7; d++) {
            weekdays[d] = messages.get("rules.weekday." + d);
        }
        listSeparator = messages.get("rules.listSeparator");
        rangeTo = messages.get("rules.rangeTo");
        partSeparator = messages.get("rules.partSeparator");
        paid = messages.get("rules.start.paid");
        discovered = messages.get("rules.start.discovered");
        weekend = messages.get("rules.count.weekend");
        monthEnd = messages.get("rules.count.monthEnd");
        or = messages.get("rules.or");
        countBegin = messages.get("rules.count.begin");
        startEvent = t("rules.start.event");
        onChannel = t("rules.start.onChannel");
        countExact = t("rules.count.exact");
        restartBegin = t("rules.count.restartBegin");
        workingDay = t("rules.count.workingDay");
        adjusted = t("rules.count.adjusted");
        skipped = t("rules.count.skipped");
        skippedOne = t("rules.count.skippedOne");
        holiday = t("rules.count.holiday");
        nthDay = t("rules.count.nthDay");
        correspondingDay = t("rules.count.correspondingDay");
        restDay = t("rules.count.restDay");
        moved = t("rules.count.moved");
        givenDeadline = t("rules.count.givenDeadline");
        dueDay = t("rules.due.day");
        dueExact = t("rules.due.exact");
        met = t("rules.state.met");
        metLate = t("rules.state.metLate");
        missed = t("rules.state.missed");
        tooLate = t("rules.state.tooLate");
        estimate = t("rules.estimate");
        estimateHolidays = t("rules.estimateHolidays");
        restart = t("rules.limitation.restart");
        notRestart = t("rules.limitation.notRestart");
        afterExpiry = t("rules.limitation.afterExpiry");
        voided = t("rules.limitation.voided");
        limitationExpired = messages.get("rules.limitation.expired");
    }

    static Phrases of(Messages messages) {
        return CACHE.computeIfAbsent(messages.locale(), l -> new Phrases(messages));
    }

    private Template t(String key) {
        return Template.parse(messages.get(key));
    }

    String unit(PeriodUnit unit) {
        return name(unit, () -> messages.get("rules.unit." + unit.name()));
    }

    String event(EventType type) {
        return name(type, () -> messages.of(type));
    }

    /** "Complaint filed (12315 / market regulator)": the event's name, with its channel when it has one. */
    String eventLabel(org.refunddesk.domain.CaseEvent e) {
        String what = event(e.type());
        if (e.channel() == null) {
            return what;
        }
        String where = of(e.channel());
        return onChannel.render(n -> "event".equals(n) ? what : "channel".equals(n) ? where : null);
    }

    String of(Enum<?> value) {
        return name(value, () -> messages.of(value));
    }

    /** What to do about a red flag (a {@code RedFlag} name or a flag the rules raise); empty when nothing. */
    String flagAdvice(String flag) {
        String key = "rules.flagAdvice." + flag;
        return holidayNames.computeIfAbsent(key, k -> messages.has(k) ? messages.get(k) : "");
    }

    /** Why an act restarts the limitation period: its legal ground. */
    String restartWhy(DeadlineRule.ActKind kind) {
        return holidayNames.computeIfAbsent("rules.limitation.act." + kind.name(), messages::get);
    }

    /** Why an event on this channel (null: none recorded) does not restart the limitation period. */
    String notRestartWhy(org.refunddesk.domain.Channel channel) {
        String key = "rules.limitation.skip." + (channel == null ? "noChannel" : channel.name());
        return holidayNames.computeIfAbsent(key, k -> messages.has(k) ? messages.get(k) : messages.get("rules.limitation.skip.other"));
    }

    String variant(String key) {
        String k = "rules.variant." + key;
        return holidayNames.computeIfAbsent(k, x -> messages.has(x) ? messages.get(x) : key);
    }

    /** The published (Chinese) holiday name in Chinese; its English name when the bundle has one, else the name as published. */
    String holidayName(String published) {
        return holidayNames.computeIfAbsent(published, n -> {
            String key = "rules.holiday." + n;
            return messages.has(key) ? messages.get(key) : n;
        });
    }

    private String name(Enum<?> value, java.util.function.Supplier<String> lookup) {
        return enumNames.computeIfAbsent(value, v -> lookup.get());
    }
}
