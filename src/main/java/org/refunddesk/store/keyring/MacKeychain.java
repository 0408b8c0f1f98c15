package org.refunddesk.store.keyring;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * macOS: the login Keychain through {@code security}. {@code add-generic-password} takes the password only as
 * an argument (or from a terminal prompt), so it is visible to this user's own processes for the instant the
 * tool runs; the Keychain itself keeps it encrypted.
 */
public final class MacKeychain implements Keyring {
    private final CommandRunner runner;

    public MacKeychain(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "macOS Keychain";
    }

    @Override
    public Optional<String> read(String account) throws KeyringException {
        CommandRunner.Result result = run(List.of("security", "find-generic-password", "-s", SERVICE, "-a", account,
                "-w"));
        if (result.exitCode() != 0) {
            return Optional.empty(); // 44: no such item
        }
        return Optional.of(result.output().strip());
    }

    @Override
    public void store(String account, String password) throws KeyringException {
        CommandRunner.Result result = run(List.of("security", "add-generic-password", "-U", "-s", SERVICE, "-a",
                account, "-w", password));
        if (result.exitCode() != 0) {
            throw new KeyringException("security add-generic-password failed: " + result.error().strip());
        }
    }

    @Override
    public void delete(String account) throws KeyringException {
        run(List.of("security", "delete-generic-password", "-s", SERVICE, "-a", account));
    }

    private CommandRunner.Result run(List<String> command) throws KeyringException {
        try {
            return runner.run(command, null);
        } catch (IOException e) {
            throw new KeyringException("security failed: " + e.getMessage(), e);
        }
    }
}
