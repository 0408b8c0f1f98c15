package org.refunddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the team server, the login role and the password come from, as every command takes them (issue 16). */
class ServerOptionsTest {
    @TempDir
    Path dir;

    @Test
    void theOptionWinsOverTheVariableAndNoServerMeansTheLocalStore() {
        assertThat(ServerOptions.NONE.named()).isFalse();
        assertThat(new ServerOptions(null, null, null, Map.of("REFUNDDESK_SERVER", " ")).named()).isFalse();
        ServerOptions fromEnv = new ServerOptions(null, null, null,
                Map.of("REFUNDDESK_SERVER", "postgresql://li@env-host/refunddesk"));
        assertThat(fromEnv.address().host()).isEqualTo("env-host");
        assertThat(fromEnv.source()).isEqualTo("REFUNDDESK_SERVER");
        ServerOptions given = fromEnv.overriddenBy(Optional.of("postgresql://opt-host:6543/team"), Optional.empty(),
                Optional.empty());
        assertThat(given.address().host()).isEqualTo("opt-host");
        assertThat(given.address().port()).isEqualTo(6543);
        assertThat(given.source()).isEqualTo("--server");
    }

    @Test
    void theRoleComesFromUserThenTheAddressThenPgUser() {
        Map<String, String> env = Map.of("PGUSER", "pg-user");
        assertThat(new ServerOptions("postgresql://h/db", "zhang", null, env).address().user()).isEqualTo("zhang");
        assertThat(new ServerOptions("postgresql://li@h/db", null, null, env).address().user()).isEqualTo("li");
        assertThat(new ServerOptions("postgresql://h/db", null, null, env).address().user()).isEqualTo("pg-user");
    }

    @Test
    void thePasswordComesFromTheFileOrPgPasswordAndIsNeverPartOfTheAddress() throws Exception {
        Path file = Files.writeString(dir.resolve("pw.txt"), "s3cret\n");
        assertThat(new ServerOptions("postgresql://u@h/db", null, file.toString(), Map.of("PGPASSWORD", "env"))
                .login().password()).containsExactly("s3cret".toCharArray());
        ServerOptions env = new ServerOptions("postgresql://u@h/db", null, null, Map.of("PGPASSWORD", "env"));
        assertThat(env.passwordGiven()).isTrue();
        assertThat(env.login().password()).containsExactly("env".toCharArray());
        assertThat(new ServerOptions("postgresql://u@h/db", null, null, Map.of()).passwordGiven()).isFalse();
        assertThatThrownBy(() -> new ServerOptions("postgresql://u:pw@h/db", null, null, Map.of()).address())
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("--server：").hasMessageContaining("no password")
                .extracting(e -> ((BadInputException) e).message(org.refunddesk.rules.i18n.Messages.forTag("en")))
                .asString().startsWith("--server: the server address \"postgresql://u:pw@h/db\" is wrong");
    }
}
