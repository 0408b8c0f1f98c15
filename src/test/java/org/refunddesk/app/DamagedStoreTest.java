package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

/** A damaged case row is named by check and never hides the other cases (issue 15, problem 5). */
class DamagedStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private record Store(Path dir, UUID badEnum, UUID badAmount, UUID badEvent, UUID good) {
    }

    private Store damagedStore() throws Exception {
        Path dir = tmp.resolve("data");
        UUID badEnum;
        UUID badAmount;
        UUID badEvent;
        UUID good;
        try (Database db = Database.open(dir, CLOCK)) {
            badEnum = db.cases().create(SampleCases.full("坏平台")).id();
            badAmount = db.cases().create(SampleCases.full("坏金额")).id();
            badEvent = db.cases().create(SampleCases.full("坏事件")).id();
            good = db.cases().create(SampleCases.full("完好的案件")).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("refunddesk"), "refunddesk", "")) {
            update(c, "UPDATE cases SET platform_model = '蓝海卡盟' WHERE id = ?", badEnum);
            update(c, "UPDATE cases SET amount = -3.00 WHERE id = ?", badAmount);
            update(c, "UPDATE case_events SET type = 'NOT_A_TYPE' WHERE case_id = ?", badEvent);
            // as after a rule-book change: every summary is computed again from the case rows
            c.createStatement().executeUpdate("DELETE FROM case_summaries");
        }
        return new Store(dir, badEnum, badAmount, badEvent, good);
    }

    private static void update(Connection c, String sql, UUID id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isPositive();
        }
    }

    @Test
    void checkNamesEachDamagedCaseWithWhatIsWrongAndExitsThree() throws Exception {
        Store store = damagedStore();
        CliRun check = CliRun.of("--data-dir", store.dir().toString(), "--lang", "en", "check");
        assertThat(check.exitCode()).as(check.err()).isEqualTo(3);
        assertThat(check.out()).contains(store.badEnum() + " \"坏平台\"").contains("platform_model holds '蓝海卡盟'")
                .contains(store.badAmount() + " \"坏金额\"").contains("amount holds '-3.00'")
                .contains(store.badEvent() + " \"坏事件\"").contains("type holds 'NOT_A_TYPE'")
                .contains("1 cases intact, 3 cases damaged")
                .doesNotContain("No enum constant").doesNotContain(store.good().toString());
    }

    @Test
    void aCleanStoreChecksCleanWithExitZero() {
        Path dir = tmp.resolve("clean");
        try (Database db = Database.open(dir, CLOCK)) {
            db.cases().create(SampleCases.full("好"));
        }
        CliRun check = CliRun.of("--data-dir", dir.toString(), "--lang", "en", "check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("all 1 cases read completely");
    }

    @Test
    void damagedRowsNeverHideTheOtherCases() throws Exception {
        Store store = damagedStore();
        try (Database db = Database.open(store.dir(), CLOCK)) {
            List<RefundCase> listed = db.cases().list();
            assertThat(listed).extracting(RefundCase::id).containsExactly(store.good());
            db.summaries().ensureCurrent();
            assertThat(db.summaries().list()).extracting(CaseSummary::id).containsExactly(store.good());
            assertThat(db.damage().all()).extracting(d -> d.id())
                    .containsExactlyInAnyOrder(store.badEnum(), store.badAmount(), store.badEvent());
        }
        CliRun list = CliRun.of("--data-dir", store.dir().toString(), "--lang", "en", "cases", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("完好的案件").doesNotContain("No enum constant");
        assertThat(list.err()).contains("3 cases are damaged");
        CliRun json = CliRun.of("--data-dir", store.dir().toString(), "cases", "list", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains(store.good().toString()).doesNotContain(store.badEnum().toString());
    }

    @Test
    void aDamagedSummaryRowIsSkippedAndNoted() throws Exception {
        Path dir = tmp.resolve("summary");
        UUID bad;
        UUID good;
        try (Database db = Database.open(dir, CLOCK)) {
            bad = db.cases().create(SampleCases.full("坏摘要")).id();
            good = db.cases().create(SampleCases.full("好摘要")).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("refunddesk"), "refunddesk", "")) {
            update(c, "UPDATE case_summaries SET status = 'GARBAGE' WHERE case_id = ?", bad);
        }
        try (Database db = Database.open(dir, CLOCK)) {
            assertThat(db.summaries().list()).extracting(CaseSummary::id).containsExactly(good);
            assertThat(db.damage().count()).isEqualTo(1);
        }
    }
}
