package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.refunddesk.domain.Money;
import org.refunddesk.rules.i18n.Messages;

/** Renders {@link Reason}s: enums by their localised names, moments and dates in Asia/Shanghai, money at fen scale. */
public final class ReasonText {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;

    public ReasonText(Messages messages) {
        this.messages = messages;
    }

    public String render(Reason reason) {
        Object[] args = reason.args().stream().map(this::format).toArray();
        return messages.get(reason.key(), args);
    }

    /** One value as the user reads it. */
    public String format(Object a) {
        if (a instanceof Enum<?> e) {
            return messages.of(e);
        }
        if (a instanceof Instant i) {
            return DATE_TIME.format(i.atZone(SHANGHAI));
        }
        if (a instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (a instanceof BigDecimal b) {
            return Money.format(b);
        }
        if (a instanceof RuleName rule) {
            String key = "timeline.rule." + rule.id();
            return messages.has(key) ? messages.get(key) : messages.get("escalation.rule.other");
        }
        if (a instanceof ChannelFit.MissingFacts missing) {
            return String.join(messages.get("letters.refusal.separator"),
                    missing.keys().stream().map(k -> messages.get("letters.fact." + k)).toList());
        }
        return a == null ? "" : a.toString();
    }
}
