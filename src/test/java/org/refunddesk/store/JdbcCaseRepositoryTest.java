package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;

/**
 * What only the embedded H2 file does; what every store does (create, update, append-only events, assign, batches,
 * transactions) is {@link CaseRepositoryContract}, run on H2 and PostgreSQL. Here: instants kept to the nanosecond,
 * and rows damaged behind the store's back (issue 15): named when opened, skipped and noted by reads of every case,
 * and marked in their list entry until they read again.
 */
class JdbcCaseRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-05T08:30:00.123456789Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void instantsKeepTheirNanosecondsAcrossClosingAndReopening() {
        RefundCase created = db.cases().create(SampleCases.minimal("无时间"));
        assertThat(created.createdAt()).isEqualTo(NOW);
        db.close();

        db = Database.open(dir, clock);

        assertThat(db.cases().find(created.id())).contains(created);
        assertThat(db.cases().find(created.id()).orElseThrow().updatedAt().getNano()).isEqualTo(123_456_789);
    }

    @Test
    void aDamagedRowIsNamedWhenOpenedAndSkippedAndNotedByTheList() {
        RefundCase good = db.cases().create(SampleCases.full("完好"));
        UUID bad = db.cases().create(SampleCases.full("损坏")).id();
        damage(bad);

        assertThatThrownBy(() -> db.cases().find(bad)).isInstanceOf(DamagedCaseException.class)
                .hasMessageContaining("损坏").hasMessageContaining("'蓝海卡盟'").hasMessageNotContaining("No enum constant");
        assertThat(db.cases().list()).containsExactly(good);
        assertThat(db.damage().all()).extracting(DamagedCase::id).containsExactly(bad);
    }

    @Test
    void aListEntryThatDoesNotReadIsNotedNamingItsColumnAndTheRestIsListed() {
        UUID good = db.cases().create(SampleCases.full("完好")).id();
        UUID bad = db.cases().create(SampleCases.full("列表项损坏")).id();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_summaries SET verdict = ? WHERE case_id = ?")) {
                ps.setString(1, "蓝海卡盟");
                ps.setObject(2, bad);
                assertThat(ps.executeUpdate()).isOne();
            }
            return null;
        });

        java.util.List<UUID> listed = new java.util.ArrayList<>();
        db.summaries().forEachListed(s -> listed.add(s.id()));

        assertThat(listed).containsExactly(good);
        assertThat(db.damage().all()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(bad);
            assertThat(d.problem()).contains("verdict").contains("'蓝海卡盟'");
        });
    }

    @Test
    void aCaseFoundDamagedIsMarkedInItsListEntryUntilItReadsAgain() {
        UUID good = db.cases().create(SampleCases.full("完好")).id();
        UUID bad = db.cases().create(SampleCases.full("损坏")).id();
        damage(bad); // its summary, written before, still reads as if nothing happened
        assertThat(db.summaries().find(bad).orElseThrow().damaged()).isFalse();

        db.cases().forEach(c -> { }); // a read of every case (the app's start-up pass) finds it
        assertThat(db.summaries().find(bad).orElseThrow().damaged()).as("known in this run").isTrue();
        assertThat(db.summaries().markDamaged()).isEqualTo(1);
        assertThat(db.summaries().markDamaged()).as("marked once").isZero();
        db.close();

        db = Database.open(dir, clock); // a new run: nothing has read the row yet
        assertThat(db.summaries().find(bad).orElseThrow().damaged()).isTrue();
        assertThat(db.summaries().find(good).orElseThrow().damaged()).isFalse();
        db.summaries().ensureCurrent(); // reads the marked case again: still damaged, now with what is wrong
        assertThat(db.summaries().damaged()).singleElement()
                .satisfies(d -> assertThat(d.problem()).contains("蓝海卡盟"));
        assertThat(db.summaries().find(bad).orElseThrow().damaged()).isTrue();

        repair(bad); // as a restore of the case would
        db.summaries().ensureCurrent();
        CaseSummary repaired = db.summaries().find(bad).orElseThrow();
        assertThat(repaired.damaged()).isFalse();
        assertThat(repaired.title()).isEqualTo("损坏");
        assertThat(db.summaries().damaged()).isEmpty();
    }

    @Test
    void checkMarksTheListEntriesOfTheDamagedCases() {
        db.cases().create(SampleCases.full("完好"));
        UUID bad = db.cases().create(SampleCases.full("损坏")).id();
        damage(bad);

        StoreCheck.Report report = StoreCheck.run(db);
        db.close();

        assertThat(report.damaged()).extracting(DamagedCase::id).containsExactly(bad);
        db = Database.open(dir, clock);
        assertThat(db.summaries().find(bad).orElseThrow().damaged()).isTrue();
    }

    /** A value no enum knows, written behind the store's back (as a bit flip or a hand edit would). */
    private void damage(UUID id) {
        set(id, "蓝海卡盟");
    }

    private void repair(UUID id) {
        set(id, "GUARANTEED");
    }

    private void set(UUID id, String platformModel) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET platform_model = ? WHERE id = ?")) {
                ps.setString(1, platformModel);
                ps.setObject(2, id);
                assertThat(ps.executeUpdate()).isOne();
            }
            return null;
        });
    }
}
