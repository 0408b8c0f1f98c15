package org.refunddesk.exchange.ics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.exchange.AtomicFiles;
import org.refunddesk.rules.i18n.Messages;

/**
 * Writes the open deadlines as an iCalendar file (ical4j): one VEVENT per deadline at its due moment (an all-day
 * event on the day when the deadline ends at 24:00 Beijing time), with a VALARM ahead of it. The UID is built from case id + rule id + the event that started the clock,
 * so importing a newer export into a calendar updates the events instead of adding copies.
 */
public final class IcsExporter {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PRODUCT_ID = "-//RefundDesk//Caseload deadlines//ZH";

    /**
     * How long before a deadline the alarm rings. Clocks of up to {@code hourClockSpan} count in hours
     * (30 minutes, 24h, 72h windows) and warn {@code hourClockLead} ahead; longer clocks count in days and
     * warn {@code dayClockLead} ahead. An alarm never rings before the clock started.
     */
    public record AlarmLeads(Duration hourClockLead, Duration dayClockLead, Duration hourClockSpan) {
        public static final AlarmLeads DEFAULTS = new AlarmLeads(Duration.ofHours(24), Duration.ofDays(3),
                Duration.ofHours(72));

        public Duration leadFor(Deadline deadline) {
            Duration span = deadline.startAt() == null ? null : Duration.between(deadline.startAt(), deadline.dueAt());
            Duration lead = span != null && span.compareTo(hourClockSpan) <= 0 ? hourClockLead : dayClockLead;
            return span != null && !span.isNegative() && span.compareTo(lead) < 0 ? span : lead;
        }
    }

    private final Messages messages;
    private final AlarmLeads leads;
    private final Instant stamp;

    /** @param stamp the export moment, written as every event's DTSTAMP */
    public IcsExporter(Messages messages, AlarmLeads leads, Instant stamp) {
        this.messages = messages;
        this.leads = leads;
        this.stamp = stamp;
    }

    /** Writes the calendar to {@code target} (temp file, then moved); returns the number of events. */
    public int export(List<CaseOverview> cases, Path target) throws IOException {
        Calendar calendar = calendar(cases);
        AtomicFiles.write(target, out -> {
            // AtomicFiles hands a stream the outputter may close: the file stays open for its sync
            output(calendar, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        });
        return calendar.getComponents().size();
    }

    public String toText(List<CaseOverview> cases) throws IOException {
        StringWriter writer = new StringWriter();
        output(calendar(cases), writer);
        return writer.toString();
    }

    public static String uid(CaseOverview overview, Deadline deadline) {
        Object source = deadline.sourceEventId() == null ? "purchase" : deadline.sourceEventId();
        return overview.refundCase().id() + "/" + deadline.rule() + "/" + source + "@refunddesk";
    }

    Calendar calendar(List<CaseOverview> cases) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT_ID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (CaseOverview overview : cases) {
            for (Deadline deadline : overview.openDeadlines()) {
                calendar.add(event(overview, deadline));
            }
        }
        return calendar;
    }

    private VEvent event(CaseOverview overview, Deadline deadline) {
        String title = overview.refundCase().title() == null ? "" : overview.refundCase().title();
        String summary = messages.get("caseload.ics.summary", title,
                org.refunddesk.rules.reminders.ReminderTexts.ruleName(deadline.rule(), messages));
        String description = messages.get("caseload.ics.description",
                deadline.explanation() == null ? "" : deadline.explanation(),
                deadline.basis() == null ? "" : deadline.basis())
                + (deadline.estimate() ? "\n" + messages.get("caseload.ics.estimate") : "");
        summary = oneLineBreakKind(summary);
        ZonedDateTime due = deadline.dueAt().atZone(SHANGHAI);
        Duration lead = leads.leadFor(deadline);
        VEvent event;
        Duration trigger;
        if (due.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            // ends at 24:00 of a day: an all-day event ON that day (as 00:00 of the next it read as one day more);
            // its alarm is counted from the start of that day so that it still rings `lead` before the end
            LocalDate day = due.toLocalDate().minusDays(1);
            event = new VEvent(day, day.plusDays(1), summary);
            trigger = Duration.ofDays(1).minus(lead);
        } else {
            event = new VEvent(deadline.dueAt(), summary);
            trigger = lead.negated();
        }
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid(overview, deadline)));
        event.add(new Description(oneLineBreakKind(description)));
        VAlarm alarm = new VAlarm(trigger);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(summary));
        event.add(alarm);
        return event;
    }

    /** CR LF and a lone CR become LF, which ical4j escapes as "\\n": no raw CR reaches the file. */
    private static String oneLineBreakKind(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void output(Calendar calendar, Writer writer) throws IOException {
        try {
            // ical4j writes and escapes; it folds by characters, so it is told not to and the octets are folded here
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, new OctetFoldingWriter(writer));
        } catch (ValidationException e) {
            throw new IOException("invalid calendar: " + e.getMessage(), e);
        }
    }
}
