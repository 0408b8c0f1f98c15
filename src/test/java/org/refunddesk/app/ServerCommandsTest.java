package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.Cli;
import org.refunddesk.cli.CliContext;
import org.refunddesk.cli.ExitCodes;
import org.refunddesk.cli.ServerOptions;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;

/**
 * Every store command on a team server (issue 16): {@code --server} before or after the command and
 * {@code REFUNDDESK_SERVER} open the server's store instead of the data folder's, against a real PostgreSQL.
 */
class ServerCommandsTest {
    @TempDir
    Path tmp;
    private ServerLogin owner;
    private String server;
    private Path caseFile;
    private RefundCase sample;

    @BeforeEach
    void serverWithSchemaAndACaseFile() {
        owner = TestPostgres.newDatabase();
        server = owner.address().toString();
        CliRun init = CliRun.of("--data-dir", tmp.resolve("owner").toString(), "--server", server, "team", "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        sample = SampleCases.full("团队服务器上的案件");
        try (Database local = Database.open(tmp.resolve("source"), Clock.systemUTC())) {
            local.cases().create(sample);
        }
        caseFile = tmp.resolve("case.refundcase.json");
        CliRun export = CliRun.of("--data-dir", tmp.resolve("source").toString(), "export", sample.id().toString(),
                "--out", caseFile.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
    }

    @Test
    void importThenListAndDueWorkOnTheServerNotOnTheDataFolder() {
        Path folder = tmp.resolve("client");
        CliRun imported = CliRun.of("--data-dir", folder.toString(), "--server", server, "import", caseFile.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(sample.id().toString());

        CliRun listed = CliRun.of("--data-dir", folder.toString(), "--server", server, "cases", "list", "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(sample.id().toString(), "团队服务器上的案件");
        // named after the command, as team takes it
        CliRun after = CliRun.of("--data-dir", folder.toString(), "cases", "list", "--json", "--server", server);
        assertThat(after.out()).isEqualTo(listed.out());

        CliRun local = CliRun.of("--data-dir", folder.toString(), "cases", "list", "--json");
        assertThat(local.exitCode()).as(local.err()).isZero();
        assertThat(local.out()).doesNotContain(sample.id().toString());
        try (Database db = Database.openServer(owner, tmp.resolve("check"), Clock.systemUTC(), false)) {
            assertThat(db.cases().find(sample.id())).contains(sample);
        }

        CliRun dueOnServer = CliRun.of("--data-dir", folder.toString(), "--server", server, "due", "--json");
        CliRun dueLocally = CliRun.of("--data-dir", tmp.resolve("source").toString(), "due", "--json");
        assertThat(dueOnServer.exitCode()).as(dueOnServer.err()).isZero();
        assertThat(dueOnServer.out()).contains(sample.id().toString()).isEqualTo(dueLocally.out());
    }

    @Test
    void theEnvironmentVariableNamesTheServerForEveryCommand() {
        Map<String, String> env = Map.of(ServerOptions.ENV_SERVER, server);
        Run imported = run(tmp.resolve("client"), env, "import", caseFile.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Run listed = run(tmp.resolve("other-client"), env, "cases", "list", "--json");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(sample.id().toString());
        Run due = run(tmp.resolve("other-client"), env, "due");
        assertThat(due.code()).as(due.err()).isZero();
        assertThat(due.out()).contains(sample.id().toString());
        Run next = run(tmp.resolve("other-client"), env, "next", sample.id().toString(), "--json");
        assertThat(next.code()).as(next.err()).isZero();
    }

    @Test
    void evidenceAddedOnOneComputerIsVerifiedAndBundledOnAnother() throws Exception {
        Map<String, String> env = Map.of(ServerOptions.ENV_SERVER, server);
        assertThat(run(tmp.resolve("a"), env, "import", caseFile.toString()).code()).isZero();
        Path shot = java.nio.file.Files.writeString(tmp.resolve("客服聊天.txt"), "客服答应三天内退款");
        Run added = run(tmp.resolve("a"), env, "evidence", "add", sample.id().toString(), shot.toString(),
                "--category", "COMMUNICATION");
        assertThat(added.code()).as(added.err()).isZero();

        Run verified = run(tmp.resolve("b"), env, "evidence", "verify", sample.id().toString());
        assertThat(verified.code()).as(verified.err() + verified.out()).isZero();
        Path zip = tmp.resolve("bundle.zip");
        Run bundled = run(tmp.resolve("b"), env, "evidence", "bundle", sample.id().toString(), "--out", zip.toString());
        assertThat(bundled.code()).as(bundled.err()).isZero();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(z.stream().filter(e -> e.getName().endsWith(".txt")).findFirst())
                    .map(e -> readEntry(z, e)).contains("客服答应三天内退款");
        }
    }

    private static String readEntry(java.util.zip.ZipFile zip, java.util.zip.ZipEntry entry) {
        try (java.io.InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aHelperFilingACaseForSomeoneElseIsRefusedByTheServerWithSeven() {
        String helper = TestPostgres.roleName("helper");
        try (Database db = Database.openServer(owner, tmp.resolve("o"), Clock.systemUTC(), false)) {
            new TeamMembers(db).add(helper, "pw".toCharArray(), false);
        }
        // the case file names another helper as its assignee: row-level security refuses the row
        CliRun r = CliRun.of("--data-dir", tmp.resolve("h").toString(), "--server",
                owner.address().withUser(helper).toString(), "import", caseFile.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(r.errLines()).hasSize(1);
        try (Database db = Database.openServer(owner, tmp.resolve("o"), Clock.systemUTC(), false)) {
            assertThat(db.cases().count()).isZero();
        }
    }

    @Test
    void anUnreachableServerExitsWithSixAndOneLine() {
        CliRun r = CliRun.of("--data-dir", tmp.resolve("c").toString(), "--server",
                "postgresql://helper@127.0.0.1:1/refunddesk?sslmode=disable", "cases", "list");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.SERVER_UNREACHABLE);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("无法连接团队服务器 127.0.0.1/refunddesk").contains("没有做任何更改");
    }

    @Test
    void commandsOnTheDataFolderFileRefuseAServerNamingTheOption() {
        for (String[] command : new String[][] {{"check"}, {"encrypt", "--passphrase-file", "x"}, {"decrypt",
                "--passphrase-file", "x"}, {"change-passphrase", "--passphrase-file", "x", "--new-passphrase-file", "y"},
                {"recover", "--out", tmp.resolve("r").toString()}}) {
            String[] args = new String[command.length + 4];
            args[0] = "--data-dir";
            args[1] = tmp.resolve("c").toString();
            args[2] = "--server";
            args[3] = server;
            System.arraycopy(command, 0, args, 4, command.length);
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(command[0] + ": " + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.err()).startsWith(command[0] + " 只处理本机数据文件夹里的数据库").contains("请去掉 --server");
        }
        Run viaEnv = run(tmp.resolve("c"), Map.of(ServerOptions.ENV_SERVER, server), "check");
        assertThat(viaEnv.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(viaEnv.err()).startsWith("check works on the store in this computer").contains("leave out " + ServerOptions.ENV_SERVER + " (unset it)");
    }

    @Test
    void aServerNotSetUpSaysWhatItsOwnerRunsAndExitsOneAsBefore() {
        ServerLogin bare = TestPostgres.newDatabase();
        CliRun r = CliRun.of("--data-dir", tmp.resolve("c").toString(), "--server", bare.address().toString(),
                "cases", "list");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL_FAILURE);
        assertThat(r.errLines()).singleElement().asString().startsWith("团队服务器还没有为这个版本的退款维权助手设置好")
                .contains("team init", bare.address().database()).doesNotContain("内部错误");
    }

    @Test
    void aBadAddressIsBadInputNamingWhereItCameFrom() {
        CliRun r = CliRun.of("--data-dir", tmp.resolve("c").toString(), "--server", "mysql://h/x", "cases", "list");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("--server：服务器地址“mysql://h/x”不对").contains("postgresql://主机:端口/数据库");
        Run viaEnv = run(tmp.resolve("c"), Map.of(ServerOptions.ENV_SERVER, "postgresql://u:pw@h/x"), "cases", "list");
        assertThat(viaEnv.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(viaEnv.err()).startsWith(ServerOptions.ENV_SERVER + ": ").contains("no password");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path dataDir, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), Messages.forTag("en"), null,
                new ServerOptions(null, null, null, env));
        int code = new Cli(CliCommands.all()).run(args, context);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
