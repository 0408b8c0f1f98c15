package org.refunddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;

/** {@code team} against a real PostgreSQL: init, add people, push twice (no duplicates), pull, audit, unreachable. */
class TeamCommandTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T08:30:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path dataDir, Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        CliContext context = new CliContext(dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock, Messages.forTag("en"));
        return new Cli(List.of(new TeamCommand(env))).run(args, context);
    }

    @Test
    void pushTwiceCopiesEverythingOnceAndPullMakesALocalCopy() throws Exception {
        ServerLogin owner = TestPostgres.newDatabase();
        Map<String, String> env = Map.of(TeamCommand.ENV_SERVER, owner.address().toString());
        Path local = dir.resolve("local");
        RefundCase full;
        try (Database db = Database.open(local, clock)) {
            full = db.cases().create(SampleCases.full("上传"));
            db.cases().create(SampleCases.minimal("第二件"));
            Path file = Files.writeString(dir.resolve("bill.txt"), "支付宝账单 100 元");
            new EvidenceVault(db, clock).attach(EvidenceAttachment.of(full.id(), file, EvidenceCategory.PURCHASE_PROOF));
        }

        assertThat(run(local, env, "team", "init")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run(local, env, "team", "push")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("2 new cases", "1 evidence files");
        assertThat(run(local, env, "team", "push")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("0 new cases, 0 events appended, 0 evidence files; 2 cases");

        try (Database server = Database.openServer(owner, dir.resolve("cache"), clock, false)) {
            assertThat(server.cases().count()).isEqualTo(2);
            assertThat(server.cases().find(full.id())).contains(full);
            assertThat(new EvidenceVault(server, clock).list(full.id())).hasSize(1);
        }

        Path copy = dir.resolve("copy");
        assertThat(run(copy, env, "team", "pull")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run(copy, env, "team", "pull")).as(err.toString()).isEqualTo(ExitCodes.OK);
        try (Database db = Database.open(copy, clock)) {
            assertThat(db.cases().count()).isEqualTo(2);
            EvidenceVault vault = new EvidenceVault(db, clock);
            assertThat(vault.list(full.id())).hasSize(1);
            assertThat(vault.verify(full.id())).isEmpty();
        }

        assertThat(run(local, env, "team", "audit", full.id().toString(), "--json")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("\"CASE_CREATED\"", "\"EVIDENCE_ADDED\"");
    }

    @Test
    void aCoordinatorAddsAHelperWithAOneTimePasswordAndAHelperCannot() throws Exception {
        ServerLogin owner = TestPostgres.newDatabase();
        Map<String, String> env = Map.of(TeamCommand.ENV_SERVER, owner.address().toString());
        assertThat(run(dir, env, "team", "init")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).as("init names the schema version it set up")
                .contains("(schema version V" + newestMigration() + ")");
        String coordinator = TestPostgres.roleName("coord");
        TestPostgres.superuserSql("postgres", "CREATE ROLE " + coordinator + " LOGIN IN ROLE refunddesk_coordinator");
        Map<String, String> asCoordinator = Map.of(TeamCommand.ENV_SERVER, owner.address().withUser(coordinator).toString());

        String helper = TestPostgres.roleName("helper");
        assertThat(run(dir, asCoordinator, "team", "add-helper", helper)).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("One-time password");
        assertThat(run(dir, asCoordinator, "team", "members")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(coordinator + "\tcoordinator", helper + "\thelper");

        Map<String, String> asHelper = Map.of(TeamCommand.ENV_SERVER, owner.address().withUser(helper).toString());
        assertThat(run(dir, asHelper, "team", "add-helper", TestPostgres.roleName("x"))).isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(run(dir, asHelper, "team", "status")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Team server 127.0.0.1/" + owner.address().database());
    }

    @Test
    void anUnreachableServerHasItsOwnExitCodeAndABadAddressIsBadInput() {
        assertThat(run(dir, Map.of(), "team", "status", "--server", "postgresql://u@127.0.0.1:1/x?sslmode=disable"))
                .isEqualTo(ExitCodes.SERVER_UNREACHABLE);
        assertThat(err.toString()).contains("cannot be reached");
        assertThat(run(dir, Map.of(), "team", "status", "--server", "mysql://h/x")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run(dir, Map.of(), "team", "status", "--server", "postgresql://u:secret@h/x")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no password");
    }

    /** The highest V number among the migration scripts this build ships (common and PostgreSQL's own). */
    private static int newestMigration() throws Exception {
        Path root = Path.of(TeamCommandTest.class.getResource("/org/refunddesk/store/db/migration").toURI());
        try (var files = Files.walk(root)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
    }
}
