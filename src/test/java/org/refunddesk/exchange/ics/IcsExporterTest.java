package org.refunddesk.exchange.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.caseload.CaseloadFixtures.NOW;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;
import static org.refunddesk.rules.caseload.CaseloadFixtures.withState;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.rules.i18n.Messages;

class IcsExporterTest {
    @TempDir
    Path dir;

    private final UUID supplementRequest = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private final Deadline supplementReply = new Deadline("SUPPLEMENT_REPLY", NOW.minus(Duration.ofHours(2)),
            NOW.plus(Duration.ofHours(22)), DeadlineState.OPEN, "seed 000", false,
            "24 小时内回复补充材料的要求", supplementRequest);
    private final Deadline limitation = new Deadline("LIMITATION_PERIOD", NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(1085)), DeadlineState.OPEN, "民法典第一百八十八条", true, "三年诉讼时效", null);
    private final Deadline topUp = new Deadline("clock.topup-arrival", NOW.minus(Duration.ofMinutes(10)),
            NOW.plus(Duration.ofMinutes(20)), DeadlineState.OPEN, "seed 002", false, "30 分钟内到账", null);
    private final List<CaseOverview> cases = List.of(
            CaseOverview.of(refundCase("星辰卡盟", "10.00", "a", "1"), List.of(supplementReply, limitation,
                    withState("clock.done", NOW.plus(Duration.ofDays(1)), DeadlineState.MET))),
            CaseOverview.of(refundCase("月光卡盟", "20.00", "b", "2"), List.of(topUp,
                    withState("clock.missed", NOW.minus(Duration.ofDays(1)), DeadlineState.MISSED))));

    @Test
    void fileParsesWithOneEventAndOneAlarmPerOpenDeadline() throws Exception {
        Path file = dir.resolve("deadlines.ics");
        int written = exporter(Messages.forTag("zh"), NOW).export(cases, file);

        Calendar calendar = parse(file);
        List<VEvent> events = calendar.getComponents("VEVENT");

        assertThat(written).isEqualTo(3);
        assertThat(events).hasSize(3);
        for (VEvent event : events) {
            assertThat(event.getAlarms()).hasSize(1);
        }
        VEvent reply = byUid(events, cases.get(0).refundCase().id() + "/SUPPLEMENT_REPLY/" + supplementRequest
                + "@refunddesk");
        assertThat(Instant.from((Temporal) reply.getStartDate().orElseThrow().getDate()))
                .isEqualTo(NOW.plus(Duration.ofHours(22)));
        assertThat(reply.getSummary().getValue()).isEqualTo("维权期限：话费没到账 10.00（补充材料期限（24 小时））"); // the rule's name, never its id (issue 11)
        assertThat(reply.getDescription().getValue()).contains("24 小时内回复补充材料的要求", "依据：seed 000");
    }

    @Test
    void alarmsRingADayAheadForHourClocksAndThreeDaysAheadForDayClocks() throws Exception {
        List<VEvent> events = parse(exporter(Messages.forTag("zh"), NOW).toText(cases)).getComponents("VEVENT");

        assertThat(trigger(byUid(events, IcsExporter.uid(cases.get(0), supplementReply)))).isEqualTo(Duration.ofHours(-24));
        assertThat(trigger(byUid(events, IcsExporter.uid(cases.get(0), limitation)))).isEqualTo(Duration.ofDays(-3));
        // a 30-minute clock cannot warn a day ahead: the alarm rings when the clock starts
        assertThat(trigger(byUid(events, IcsExporter.uid(cases.get(1), topUp)))).isEqualTo(Duration.ofMinutes(-30));
    }

    @Test
    void leadTimesAreAParameter() {
        IcsExporter.AlarmLeads leads = new IcsExporter.AlarmLeads(Duration.ofHours(2), Duration.ofDays(7),
                Duration.ofHours(72));

        assertThat(leads.leadFor(supplementReply)).isEqualTo(Duration.ofHours(2));
        assertThat(leads.leadFor(limitation)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void uidsAreStableAcrossTwoExportsAndUniqueWithinOne() throws Exception {
        List<String> first = uids(exporter(Messages.forTag("zh"), NOW).toText(cases));
        List<String> second = uids(exporter(Messages.forTag("en"), NOW.plus(Duration.ofDays(1))).toText(cases));

        assertThat(first).doesNotHaveDuplicates().hasSize(3);
        assertThat(second).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void summaryAndEstimateNoteFollowTheChosenLanguage() throws Exception {
        List<VEvent> events = parse(exporter(Messages.forTag("en"), NOW).toText(cases)).getComponents("VEVENT");

        VEvent limitationEvent = byUid(events, IcsExporter.uid(cases.get(0), limitation));
        assertThat(limitationEvent.getSummary().getValue()).isEqualTo("Deadline: 话费没到账 10.00 (Limitation period (3 years))");
        assertThat(limitationEvent.getDescription().getValue()).contains("Basis: 民法典第一百八十八条", "estimate");
    }

    private static IcsExporter exporter(Messages messages, Instant stamp) {
        return new IcsExporter(messages, IcsExporter.AlarmLeads.DEFAULTS, stamp);
    }

    private static Calendar parse(Path file) throws IOException, ParserException {
        try (InputStream in = Files.newInputStream(file)) {
            return new CalendarBuilder().build(in);
        }
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<String> uids(String text) throws IOException, ParserException {
        return parse(text).getComponents("VEVENT").stream()
                .map(c -> ((VEvent) c).getUid().orElseThrow().getValue()).toList();
    }

    private static VEvent byUid(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }

    private static Duration trigger(VEvent event) {
        VAlarm alarm = event.getAlarms().get(0);
        assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
        var amount = alarm.getTrigger().orElseThrow().getDuration();
        // ical4j reads whole days ("-P3D") back as a Period
        return amount instanceof java.time.Period p ? Duration.ofDays(p.getDays()) : Duration.from(amount);
    }
}
