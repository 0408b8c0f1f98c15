package org.refunddesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.offline.EditKind;
import org.refunddesk.store.offline.OfflineQueue;
import org.refunddesk.store.offline.QueuedEdit;
import org.refunddesk.store.offline.ReplayReport;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;

/**
 * Issue 16, network loss: the server end of a save is killed while the save waits inside its transaction
 * (pg_terminate_backend on the client's backend, which a test lock holds mid-write). Nothing of the save is on the
 * server, the edit waits in the offline queue with its base version, the replay stores it exactly once, and
 * replaying the same queue again (as after a crash before the queue noted the success) adds nothing.
 */
class KillServerMidSaveTest {
    private final Clock clock = Clock.systemUTC();
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path folder;
    private ServerLogin login;
    private Database owner;
    private Database client;
    private OfflineQueue queue;
    private TeamSaves saves;
    private Connection admin;

    @BeforeEach
    void open() throws SQLException {
        login = TestPostgres.newDatabase();
        owner = Database.openServer(login, folder.resolve("owner"), clock, true);
        client = Database.openServer(login, folder.resolve("client"), clock, false);
        queue = OfflineQueue.open(folder.resolve("client"), clock);
        saves = new TeamSaves(client.cases(), conflict -> {
            throw new AssertionError("no conflict expected: " + conflict.differences());
        }, queue, messages, clock);
        Properties p = new Properties();
        p.setProperty("user", login.user());
        admin = DriverManager.getConnection(login.address().jdbcUrl(), p);
    }

    @AfterEach
    void close() throws SQLException {
        admin.close();
        client.close();
        owner.close();
    }

    @Test
    void aNewCaseKilledMidSaveIsNotOnTheServerWaitsInTheQueueAndIsReplayedOnce() throws Exception {
        CaseEvent applied = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(600));
        RefundCase made = SampleCases.minimal("断网时新建的案件").withEvent(applied);

        // the case row is written, its events wait behind the lock: the backend dies mid-transaction
        RefundCase answer = killDuring("LOCK TABLE case_events IN EXCLUSIVE MODE", () -> saves.create(made));

        assertThat(answer.id()).isEqualTo(made.id());
        assertThat(count("SELECT count(*) FROM cases WHERE id = ?", made.id())).isZero();
        assertThat(count("SELECT count(*) FROM case_events WHERE case_id = ?", made.id())).isZero();
        assertThat(queue.pending()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EditKind.CREATE);
            assertThat(e.refundCase().events()).extracting(CaseEvent::id).containsExactly(applied.id());
        });
        Path copy = copyOfQueue();

        ReplayReport report = new OfflineReplay(saves, failure -> { }).replay();

        assertThat(report.replayed()).isEqualTo(1);
        assertThat(report.complete()).isTrue();
        assertThat(count("SELECT count(*) FROM cases WHERE id = ?", made.id())).isOne();
        assertThat(count("SELECT count(*) FROM case_events WHERE case_id = ?", made.id())).isOne();
        long version = version(made.id());

        assertThat(new OfflineReplay(saves, failure -> { }).replay().replayed()).isZero();
        ReplayReport again = replayCopy(copy);
        assertThat(again.complete()).isTrue();
        assertThat(again.conflict()).isEmpty();
        assertThat(count("SELECT count(*) FROM cases WHERE id = ?", made.id())).isOne();
        assertThat(count("SELECT count(*) FROM case_events WHERE case_id = ?", made.id())).isOne();
        assertThat(version(made.id())).isEqualTo(version);
    }

    @Test
    void anEditKilledMidSaveKeepsItsBaseVersionAndIsReplayedOnce() throws Exception {
        RefundCase stored = owner.cases().create(SampleCases.full("话费没到账"));
        RefundCase shown = saves.find(stored.id()).orElseThrow();
        long base = version(stored.id());
        CaseEvent call = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(900));
        RefundCase edit = ConflictField.TITLE.set(shown, "断网时改的标题").withEvent(call);
        int eventsBefore = count("SELECT count(*) FROM case_events WHERE case_id = ?", stored.id());

        RefundCase answer = killDuring("SELECT id FROM cases WHERE id = '" + stored.id() + "' FOR UPDATE",
                () -> saves.update(edit));

        assertThat(answer.title()).isEqualTo("断网时改的标题"); // the view keeps the edit
        assertThat(version(stored.id())).isEqualTo(base);
        assertThat(owner.cases().find(stored.id()).orElseThrow().title()).isEqualTo("话费没到账");
        QueuedEdit waiting = queue.pending().get(0);
        assertThat(waiting.kind()).isEqualTo(EditKind.UPDATE);
        assertThat(waiting.baseVersion()).isEqualTo(base);
        // later edits of the case queue behind it, in the same entry, even once the server answers again
        RefundCase later = saves.update(ConflictField.TITLE.set(answer, "断网时又改了一次"));
        assertThat(later.title()).isEqualTo("断网时又改了一次");
        assertThat(queue.pending()).hasSize(1);
        assertThat(saves.find(stored.id()).orElseThrow().title()).isEqualTo("断网时又改了一次");
        Path copy = copyOfQueue();

        ReplayReport report = new OfflineReplay(saves, failure -> { }).replay();

        assertThat(report.replayed()).isEqualTo(1);
        assertThat(version(stored.id())).isEqualTo(base + 1);
        RefundCase now = owner.cases().find(stored.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("断网时又改了一次");
        assertThat(count("SELECT count(*) FROM case_events WHERE case_id = ?", stored.id())).isEqualTo(eventsBefore + 1);

        ReplayReport again = replayCopy(copy);
        assertThat(again.complete()).isTrue();
        assertThat(again.conflict()).isEmpty();
        assertThat(version(stored.id())).isEqualTo(base + 1);
        assertThat(count("SELECT count(*) FROM case_events WHERE case_id = ?", stored.id())).isEqualTo(eventsBefore + 1);
    }

    /**
     * Holds {@code lock} in an open transaction of its own, runs the save meanwhile, terminates the save's backend
     * once it waits for the lock, then lets go. Returns what the save returned.
     */
    private RefundCase killDuring(String lock, java.util.function.Supplier<RefundCase> save) throws Exception {
        admin.setAutoCommit(false);
        try (Statement st = admin.createStatement()) {
            st.execute(lock);
        }
        CompletableFuture<RefundCase> saving = CompletableFuture.supplyAsync(save);
        int waiting = waitForBlockedBackend();
        try (PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, waiting);
            ps.execute();
        }
        admin.rollback();
        admin.setAutoCommit(true);
        return saving.get(30, TimeUnit.SECONDS);
    }

    private int waitForBlockedBackend() throws SQLException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                            + " AND pid <> pg_backend_pid()")) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the save never reached the lock");
    }

    private Path copyOfQueue() throws Exception {
        Path copy = Files.createDirectories(folder.resolve("copy"));
        Files.copy(folder.resolve("client").resolve(OfflineQueue.FILE_NAME), copy.resolve(OfflineQueue.FILE_NAME));
        return copy;
    }

    /** The queue as it was before the replay, replayed again (a crash after the server's commit). */
    private ReplayReport replayCopy(Path copy) {
        OfflineQueue stale = OfflineQueue.open(copy, clock);
        assertThat(stale.pending()).hasSize(1);
        TeamSaves again = new TeamSaves(client.cases(), conflict -> {
            throw new AssertionError("a replay of what landed is no conflict: " + conflict.differences());
        }, stale, messages, clock);
        ReplayReport report = new OfflineReplay(again, failure -> { }).replay();
        assertThat(stale.pending()).isEmpty();
        return report;
    }

    private int count(String sql, UUID id) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long version(UUID id) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT version FROM cases WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
