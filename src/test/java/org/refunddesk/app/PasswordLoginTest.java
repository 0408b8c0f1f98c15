package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.ExitCodes;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;

/**
 * Issue 16, logging in with a password the server really checks (scram-sha-256 for this role; the test server trusts
 * the others): the command line with a wrong {@code --password-file} is refused in one line naming the login, with
 * the right one it works.
 */
class PasswordLoginTest {
    private static final String PASSWORD = "正确的-Passw0rd";
    @TempDir
    Path tmp;
    private ServerLogin owner;
    private String role;

    @BeforeEach
    void serverAskingThisRoleForItsPassword() {
        owner = TestPostgres.newDatabase();
        try (Database db = Database.openServer(owner, tmp.resolve("owner"), Clock.systemUTC(), true)) {
            db.cases().create(SampleCases.full("要密码才能看的案件"));
        }
        role = TestPostgres.passwordRole("pw", PASSWORD, TeamMembers.COORDINATORS);
    }

    @Test
    void aWrongPasswordFileIsRefusedInOneLineAndTheRightOneWorks() throws Exception {
        String server = owner.address().withUser(role).toString();
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "猜的密码\n");
        Path right = Files.writeString(tmp.resolve("right.txt"), PASSWORD + "\n");

        CliRun refused = CliRun.of("--data-dir", tmp.resolve("client").toString(), "--server", server,
                "--password-file", wrong.toString(), "cases", "list", "--json");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.errLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("拒绝了 " + role + " 的登录", "password authentication failed", "--password-file")
                .doesNotContain("猜的密码"));
        assertThat(refused.out()).isEmpty();

        CliRun none = CliRun.of("--data-dir", tmp.resolve("client").toString(), "--server", server, "cases", "list");
        assertThat(none.exitCode()).as(none.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.errLines()).singleElement().satisfies(line -> assertThat(line).contains("拒绝了 " + role + " 的登录"));

        CliRun listed = CliRun.of("--data-dir", tmp.resolve("client").toString(), "--server", server,
                "--password-file", right.toString(), "cases", "list", "--json");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("要密码才能看的案件");
    }
}
