package org.refunddesk.store.keyring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringTest {
    private final List<List<String>> commands = new ArrayList<>();
    private final List<String> inputs = new ArrayList<>();

    private CommandRunner answering(int exit, String output) {
        return (command, input) -> {
            commands.add(command);
            inputs.add(input);
            return new CommandRunner.Result(exit, output, "");
        };
    }

    @Test
    void secretToolGetsThePasswordOnStdinNeverAsAnArgument() throws Exception {
        SecretToolKeyring keyring = new SecretToolKeyring(answering(0, ""));
        keyring.store("xiaoli@db.example:5432/refunddesk", "s3cret 密码");
        assertThat(commands.get(0)).startsWith("secret-tool", "store").doesNotContain("s3cret 密码")
                .contains("service", Keyring.SERVICE, "account", "xiaoli@db.example:5432/refunddesk");
        assertThat(inputs.get(0)).isEqualTo("s3cret 密码");
    }

    @Test
    void secretToolLookupReadsTheStoredPasswordOrNothing() throws Exception {
        assertThat(new SecretToolKeyring(answering(0, "s3cret\n")).read("a")).contains("s3cret");
        assertThat(new SecretToolKeyring(answering(1, "")).read("a")).isEmpty();
        assertThat(commands.get(0)).containsExactly("secret-tool", "lookup", "service", Keyring.SERVICE, "account", "a");
    }

    @Test
    void aRefusingSecretServiceIsAnErrorNotASilentLoss() {
        SecretToolKeyring keyring = new SecretToolKeyring((command, input) ->
                new CommandRunner.Result(1, "", "Cannot autolaunch D-Bus without X11"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keyring.store("a", "b"))
                .isInstanceOf(KeyringException.class).hasMessageContaining("D-Bus");
    }

    @Test
    void macKeychainUsesTheSecurityTool() throws Exception {
        MacKeychain keyring = new MacKeychain(answering(0, "s3cret\n"));
        keyring.store("a", "s3cret");
        assertThat(keyring.read("a")).contains("s3cret");
        assertThat(commands.get(0)).startsWith("security", "add-generic-password", "-U", "-s", Keyring.SERVICE, "-a", "a");
        assertThat(commands.get(1)).containsExactly("security", "find-generic-password", "-s", Keyring.SERVICE,
                "-a", "a", "-w");
    }

    @Test
    void theKeyringIsChosenByTheSystemItRunsOn(@TempDir Path bin) throws Exception {
        assertThat(Keyrings.choose("Windows 11", bin.toString(), answering(0, ""))).isInstanceOf(MemoryKeyring.class);
        assertThat(Keyrings.choose("Linux", bin.toString(), answering(0, ""))).isInstanceOf(MemoryKeyring.class);
        Path tool = Files.createFile(bin.resolve("secret-tool"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(tool).isExecutable();
        Keyring linux = Keyrings.choose("Linux", bin.toString(), answering(0, ""));
        assertThat(linux).isInstanceOf(SecretToolKeyring.class);
        assertThat(linux.persistent()).isTrue();
        assertThat(new MemoryKeyring().persistent()).isFalse();
    }

    @Test
    void theMemoryKeyringKeepsAPasswordForThisRunOnly() {
        MemoryKeyring keyring = new MemoryKeyring();
        keyring.store("a", "b");
        assertThat(keyring.read("a")).contains("b");
        keyring.delete("a");
        assertThat(keyring.read("a")).isEmpty();
    }

    /** The real libsecret, where this machine has it and a secret service answers. */
    @Test
    void realSecretToolRoundTrip() throws Exception {
        boolean present = Keyrings.onPath("secret-tool", System.getenv("PATH")).isPresent();
        assumeTrue(present, "secret-tool (libsecret-tools) is not installed here: the Linux keyring is not tried");
        SecretToolKeyring keyring = new SecretToolKeyring(CommandRunner.system());
        String account = "test-" + UUID.randomUUID();
        try {
            keyring.store(account, "pw-" + account);
        } catch (KeyringException e) {
            assumeTrue(false, "no secret service is running (no desktop session): " + e.getMessage());
        }
        try {
            assertThat(keyring.read(account)).contains("pw-" + account);
        } finally {
            keyring.delete(account);
        }
        assertThat(keyring.read(account)).isEmpty();
    }
}
