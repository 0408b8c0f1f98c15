package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;

/**
 * Issue 14: a walk of many rows runs lazily for its one statement: the same rows in the same order as an eager read,
 * the connection's own setting left as it was (lazily, H2 counts a table's rows one by one), also through the guard a
 * store that may not be written wraps its connections in.
 */
class LazyRowsTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aLazyWalkReadsTheSameRowsAndLeavesTheConnectionAsItWas() {
        try (Database db = Database.open(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
            db.cases().createAll(PlanBenchmark.generate(300, new Random(5)));
            db.inTransaction(c -> {
                String sql = "SELECT id, title, amount FROM cases ORDER BY created_at DESC, id";
                List<String> eager = rows(c, sql, false);
                assertThat(eager).hasSize(300);
                assertThat(rows(c, sql, true)).containsExactlyElementsOf(eager);
                assertThat(session(c).isLazyQueryExecution()).isFalse();

                session(c).setLazyQueryExecution(true); // a connection set otherwise keeps its setting too
                try {
                    assertThat(rows(c, sql, true)).containsExactlyElementsOf(eager);
                    assertThat(session(c).isLazyQueryExecution()).isTrue();
                } finally {
                    session(c).setLazyQueryExecution(false);
                }

                Connection guarded = WriteGuard.wrap(c, () -> new SQLException("the store cannot be written"));
                assertThat(rows(guarded, sql, true)).containsExactlyElementsOf(eager);
                assertThat(session(c).isLazyQueryExecution()).isFalse();
                return null;
            });
        }
    }

    /**
     * The backup walks every case in one snapshot: a case saved while the walk runs is written as it was when the walk
     * began, its row and its events alike (read committed, its events would be read later than its row, and the mixed
     * case would fail its checksum and the backup with it).
     */
    @Test
    void aCaseSavedDuringTheBackupWalkIsWrittenAsItWasWhenTheWalkBegan() {
        try (Database db = Database.open(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
            List<RefundCase> seeded = PlanBenchmark.generate(250, new Random(9));
            db.cases().createAll(seeded);
            RefundCase last = seeded.stream().max(java.util.Comparator.comparing(RefundCase::id)).orElseThrow();
            RefundCase before = db.cases().find(last.id()).orElseThrow();
            List<RefundCase> walked = new ArrayList<>();
            int count = new BackupSource(db).forEachCase(rc -> {
                if (walked.isEmpty()) {
                    RefundCase changed = before.withTags(List.of("changed-during-backup"))
                            .withEvent(CaseEvent.of(EventType.DEMAND_SENT, NOW).withNote("added during the backup"));
                    db.cases().update(changed);
                }
                walked.add(rc);
            });
            assertThat(count).isEqualTo(250);
            RefundCase backedUp = walked.stream().filter(rc -> rc.id().equals(last.id())).findFirst().orElseThrow();
            assertThat(backedUp.tags()).isEqualTo(before.tags());
            assertThat(backedUp.events()).isEqualTo(before.events());
            RefundCase now = db.cases().find(last.id()).orElseThrow();
            assertThat(now.tags()).containsExactly("changed-during-backup");
            assertThat(now.events()).hasSize(before.events().size() + 1);
        }
    }

    private static List<String> rows(Connection c, String sql, boolean lazily) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = lazily ? LazyRows.execute(c, ps) : ps.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
        }
        return rows;
    }

    private static SessionLocal session(Connection c) throws SQLException {
        return (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    }
}
