package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;

/** People, rights, audit, live updates and stored files on a real PostgreSQL team server (issue 16). */
class TeamServerTest {
    private static final Instant NOW = Instant.parse("2026-03-05T08:30:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    @TempDir
    Path dir;
    private ServerLogin owner;
    private Database ownerDb;
    private String coordinator;
    private String helperA;
    private String helperB;

    @BeforeEach
    void setUp() {
        owner = TestPostgres.newDatabase();
        ownerDb = Database.openServer(owner, dir.resolve("owner"), clock, true); // team init
        coordinator = TestPostgres.roleName("coord");
        helperA = TestPostgres.roleName("helper_a");
        helperB = TestPostgres.roleName("helper_b");
        // the owner makes the first coordinator; the coordinator adds the helpers
        TestPostgres.superuserSql("postgres", "CREATE ROLE " + coordinator + " LOGIN PASSWORD 'c' IN ROLE " + TeamMembers.COORDINATORS);
        try (Database coord = open(coordinator)) {
            new TeamMembers(coord).add(helperA, "a".toCharArray(), false);
            new TeamMembers(coord).add(helperB, "b".toCharArray(), false);
        }
    }

    @AfterEach
    void tearDown() {
        ownerDb.close();
    }

    private Database open(String role) {
        return Database.openServer(TestPostgres.as(owner, role, "x"), dir.resolve(role), clock, false);
    }

    @Test
    void aHelperSeesOnlyTheirOwnAndUnassignedCasesEvenWithPlainSql() throws SQLException {
        RefundCase ofA = ownerDb.cases().create(SampleCases.full("甲的").withAssignee(helperA));
        RefundCase ofB = ownerDb.cases().create(SampleCases.full("乙的").withAssignee(helperB));
        RefundCase open = ownerDb.cases().create(SampleCases.minimal("无人").withAssignee(null));

        try (Database a = open(helperA); Database coord = open(coordinator)) {
            assertThat(a.cases().list()).extracting(RefundCase::id).containsExactlyInAnyOrder(ofA.id(), open.id());
            assertThat(a.cases().find(ofB.id())).isEmpty();
            assertThat(a.summaries().list()).extracting(s -> s.id()).containsExactlyInAnyOrder(ofA.id(), open.id());
            assertThat(coord.cases().list()).hasSize(3);
        }
        // plain SQL as helper A: B's case, its events and its summary are not there
        Properties p = new Properties();
        p.setProperty("user", helperA);
        p.setProperty("password", "a");
        try (Connection c = DriverManager.getConnection(owner.address().withUser(helperA).jdbcUrl(), p);
             Statement st = c.createStatement()) {
            assertThat(countOf(st, "SELECT COUNT(*) FROM cases WHERE id = '" + ofB.id() + "'")).isZero();
            assertThat(countOf(st, "SELECT COUNT(*) FROM case_events WHERE case_id = '" + ofB.id() + "'")).isZero();
            assertThat(countOf(st, "SELECT COUNT(*) FROM case_summaries WHERE case_id = '" + ofB.id() + "'")).isZero();
            assertThat(st.executeUpdate("UPDATE cases SET title = 'x' WHERE id = '" + ofB.id() + "'")).isZero();
            assertThat(countOf(st, "SELECT COUNT(*) FROM case_events WHERE case_id = '" + ofA.id() + "'")).isEqualTo(ofA.events().size());
        }
    }

    @Test
    void aHelperCannotHandACaseToSomeoneElseNorAddPeople() {
        RefundCase ofA = ownerDb.cases().create(SampleCases.full("甲的").withAssignee(helperA));
        try (Database a = open(helperA)) {
            assertThatThrownBy(() -> a.cases().update(ofA.withAssignee(helperB))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("row-level security");
            assertThat(a.cases().find(ofA.id()).orElseThrow().assignee()).isEqualTo(helperA);
            assertThatThrownBy(() -> new TeamMembers(a).add(TestPostgres.roleName("x"), "p".toCharArray(), false))
                    .isInstanceOf(ServerRefusedException.class).hasMessageContaining("permission denied");
        }
        try (Database coord = open(coordinator)) {
            assertThat(new TeamMembers(coord).list()).extracting(TeamMembers.Member::name).contains(coordinator, helperA, helperB);
        }
    }

    @Test
    void theAuditTrailSaysWhoDidWhatAndCannotBeChanged() throws SQLException {
        RefundCase ofA;
        try (Database a = open(helperA)) {
            ofA = a.cases().create(SampleCases.full("审计").withAssignee(helperA));
            a.cases().update(ofA.withStatus(CaseStatus.ESCALATED));
            a.cases().appendEvent(ofA.id(), CaseEvent.of(EventType.SUPPLEMENT_SENT, NOW, Channel.PLATFORM));
            List<AuditEntry> trail = new CaseAudit(a).forCase(ofA.id());
            assertThat(trail).extracting(AuditEntry::who).containsOnly(helperA);
            assertThat(trail).extracting(AuditEntry::action).contains("CASE_CREATED", "CASE_UPDATED", "EVENT_ADDED");
            assertThat(trail).filteredOn(e -> e.action().equals("CASE_UPDATED")).extracting(AuditEntry::what)
                    .anyMatch(w -> w != null && w.contains("status"));
            assertThatThrownBy(() -> a.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM case_audit")))
                    .isInstanceOf(StoreException.class);
        }
        try (Database b = open(helperB)) {
            assertThat(new CaseAudit(b).forCase(ofA.id())).isEmpty();
        }
        assertThatThrownBy(() -> ownerDb.inTransaction(c -> c.createStatement().executeUpdate("UPDATE case_audit SET who = 'x'")))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
    }

    /** Delivery is asserted (within a generous wait); how fast it came is printed, not asserted. */
    @Test
    void aChangeByOneClientReachesAnotherClientsListener() throws Exception {
        RefundCase shared = ownerDb.cases().create(SampleCases.minimal("共享"));
        LinkedBlockingQueue<Set<UUID>> heard = new LinkedBlockingQueue<>();
        try (Database other = open(coordinator);
             CaseChangeListener listener = CaseChangeListener.start(TestPostgres.as(owner, coordinator, "c"),
                     ids -> { if (ids != null) heard.add(ids); }, null)) {
            long start = System.nanoTime();
            other.cases().appendEvent(shared.id(), CaseEvent.of(EventType.SUPPLEMENT_SENT, NOW, Channel.PLATFORM));
            Set<UUID> ids = heard.poll(10, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(ids).as("no notification within 10 s").isNotNull().contains(shared.id());
            System.out.println("TeamServerTest: change notified after " + millis + " ms (issue 16 asks for 2 s)");
            assertThat(other.summaries().find(ids)).extracting(s -> s.id()).contains(shared.id());
        }
    }

    @Test
    void storedFilesAreDeduplicatedAndCheckedOnTheWayOut() throws Exception {
        Path file = dir.resolve("screenshot.png");
        byte[] bytes = new byte[ServerBlobs.CHUNK * 2 + 17];
        new java.util.Random(16).nextBytes(bytes);
        Files.write(file, bytes);
        String sha = ServerBlobs.sha256(file);

        assertThat((boolean) ownerDb.inTransaction(c -> ServerBlobs.put(c, file, sha, NOW))).isTrue();
        assertThat((boolean) ownerDb.inTransaction(c -> ServerBlobs.put(c, file, sha, NOW))).isFalse();
        assertThat(count("SELECT COUNT(*) FROM evidence_chunks")).isEqualTo(3);
        assertThatThrownBy(() -> ownerDb.inTransaction(c -> ServerBlobs.put(c, file, "0".repeat(64), NOW)))
                .isInstanceOf(StoreException.class).hasMessageContaining("changed while");

        Path back = dir.resolve("back.png");
        ownerDb.inTransaction(c -> { ServerBlobs.get(c, sha, back); return null; });
        assertThat(Files.readAllBytes(back)).isEqualTo(bytes);

        TestPostgres.superuserSql(owner.address().database(), "UPDATE evidence_chunks SET bytes = '\\x00'::bytea WHERE n = 1");
        Path bad = dir.resolve("bad.png");
        assertThatThrownBy(() -> ownerDb.inTransaction(c -> { ServerBlobs.get(c, sha, bad); return null; }))
                .isInstanceOf(StoreException.class).hasMessageContaining("does not match its hash");
        assertThat(bad).doesNotExist();
    }

    @Test
    void aStoreNotSetUpIsRefusedWithWhatToDo() {
        ServerLogin fresh = TestPostgres.newDatabase();
        assertThatThrownBy(() -> Database.openServer(fresh, dir.resolve("f"), clock, false))
                .isInstanceOf(StoreException.class).hasMessageContaining("team init");
        assertThatThrownBy(() -> Database.openServer(TestPostgres.as(owner, "nobody_" + UUID.randomUUID().toString().substring(0, 8), "x"),
                dir.resolve("n"), clock, false)).isInstanceOf(ServerLoginRefusedException.class);
        ServerLogin closed = new ServerLogin(new ServerAddress("127.0.0.1", 1, "x", "u", "disable"), null);
        assertThatThrownBy(() -> Database.openServer(closed, dir.resolve("c"), clock, false))
                .isInstanceOf(ServerUnreachableException.class)
                .satisfies(e -> assertThat(((ServerUnreachableException) e).sslRefused()).isFalse());
    }

    @Test
    void aServerWithoutSslIsSaidToRefuseEncryptionNotToBeUnreachable() {
        ServerAddress plain = owner.address();
        ServerLogin encrypted = new ServerLogin(new ServerAddress(plain.host(), plain.port(), plain.database(),
                plain.user(), "require"), null);
        Throwable thrown = catchThrowable(() -> Database.openServer(encrypted, dir.resolve("s"), clock, false).close());
        assumeTrue(thrown != null, "this test server serves SSL (the suite's own cluster does not)");
        assertThat(thrown).isInstanceOf(ServerUnreachableException.class)
                .hasMessageContaining("no encrypted connections (SSL)").hasMessageContaining("sslmode=disable");
        assertThat(((ServerUnreachableException) thrown).sslRefused()).isTrue();
    }

    private int count(String sql) {
        return ownerDb.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static int countOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
