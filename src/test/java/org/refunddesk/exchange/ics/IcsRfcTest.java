package org.refunddesk.exchange.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.caseload.CaseloadFixtures.NOW;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/** RFC 5545 text rules and where a 24:00 deadline lands in a phone calendar (issue 15, problem 9). */
class IcsRfcTest {
    private static final String TITLE = "第一行\r第二行\r\n第三行：" + "很长的中文标题，含有表情😀和逗号,分号;".repeat(6);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 24:00 of 2024-06-01 in Beijing, i.e. 00:00 of 2024-06-02. */
    private final Instant endOfJuneFirst = LocalDate.of(2024, 6, 2).atStartOfDay(SHANGHAI).toInstant();
    private final Deadline endOfDay = new Deadline("LIMITATION_PERIOD", NOW.minus(Duration.ofDays(10)), endOfJuneFirst,
            DeadlineState.OPEN, "民法典第一百八十八条", false, "说明 ".repeat(40), null);
    private final Deadline midDay = new Deadline("SUPPLEMENT_REPLY", NOW.minus(Duration.ofHours(2)),
            NOW.plus(Duration.ofHours(22)), DeadlineState.OPEN, "seed 000", false, "24 小时", null);

    private String export() throws Exception {
        RefundCase base = refundCase("星辰卡盟", "10.00", "a", "1");
        RefundCase titled = new RefundCase(base.id(), TITLE, base.consumer(), base.assignee(), base.tags(),
                base.platform(), base.purchase(), base.problem(), base.events(), base.status(), base.redFlags(),
                base.assessment(), base.createdAt(), base.updatedAt());
        return new IcsExporter(Messages.forTag("zh"), IcsExporter.AlarmLeads.DEFAULTS, NOW)
                .toText(List.of(CaseOverview.of(titled, List.of(endOfDay, midDay))));
    }

    @Test
    void everyPhysicalLineIsAtMost75OctetsAndNoMultiByteCharacterIsSplit() throws Exception {
        String text = export();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text); // no broken sequence anywhere
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(lines.size()).isGreaterThan(10);
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\r").doesNotContain("\n");
        }
        assertThat(lines).anyMatch(l -> l.startsWith(" ")); // long lines were folded, not cut
    }

    @Test
    void aRawCarriageReturnInATitleIsEscapedAndReadsBackAsALineBreak() throws Exception {
        String text = export();
        assertThat(text.replace("\r\n", "")).doesNotContain("\r");
        VEvent event = events(text).stream().filter(e -> e.getSummary().getValue().contains("第一行")).findFirst().orElseThrow();
        assertThat(event.getSummary().getValue()).contains("第一行\n第二行\n第三行").contains("表情😀和逗号,分号;");
    }

    @Test
    void aDeadlineEndingAt2400IsAnAllDayEventOnThatDayWithItsAlarmBeforeTheDeadline() throws Exception {
        VEvent event = events(export()).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().contains("LIMITATION_PERIOD")).findFirst().orElseThrow();
        Temporal start = event.getStartDate().orElseThrow().getDate();
        assertThat(start).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat((Temporal) event.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2024, 6, 2));
        TemporalAmount trigger = event.getAlarms().get(0).getTrigger().orElseThrow().getDuration();
        Duration fromStart = trigger instanceof Period p ? Duration.ofDays(p.getDays()) : Duration.from(trigger);
        // the alarm, counted from the start of 2024-06-01, rings three days before 24:00 of that day
        Instant alarm = LocalDate.of(2024, 6, 1).atStartOfDay(SHANGHAI).toInstant().plus(fromStart);
        assertThat(alarm).isEqualTo(endOfJuneFirst.minus(Duration.ofDays(3))).isBefore(endOfJuneFirst);
    }

    @Test
    void aDeadlineDuringTheDayStaysATimedEvent() throws Exception {
        VEvent event = events(export()).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().contains("SUPPLEMENT_REPLY")).findFirst().orElseThrow();
        assertThat(Instant.from((Temporal) event.getStartDate().orElseThrow().getDate()))
                .isEqualTo(NOW.plus(Duration.ofHours(22)));
    }

    private static List<VEvent> events(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text)).getComponents("VEVENT");
    }
}
