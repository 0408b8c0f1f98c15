package org.refunddesk.store.keyring;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Linux: libsecret's {@code secret-tool} (GNOME Keyring, KWallet). The password travels on stdin. */
public final class SecretToolKeyring implements Keyring {
    private final CommandRunner runner;

    public SecretToolKeyring(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "secret-tool (GNOME Keyring / KWallet)";
    }

    @Override
    public Optional<String> read(String account) throws KeyringException {
        CommandRunner.Result result = run(List.of("secret-tool", "lookup", "service", SERVICE, "account", account), null);
        // lookup exits 1 with no output when there is no such entry
        if (result.exitCode() != 0 || result.output().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(result.output().endsWith("\n")
                ? result.output().substring(0, result.output().length() - 1) : result.output());
    }

    @Override
    public void store(String account, String password) throws KeyringException {
        check(run(List.of("secret-tool", "store", "--label=" + SERVICE + " (" + account + ")", "service", SERVICE,
                "account", account), password), "store");
    }

    @Override
    public void delete(String account) throws KeyringException {
        run(List.of("secret-tool", "clear", "service", SERVICE, "account", account), null);
    }

    private CommandRunner.Result run(List<String> command, String input) throws KeyringException {
        try {
            return runner.run(command, input);
        } catch (IOException e) {
            throw new KeyringException("secret-tool failed: " + e.getMessage(), e);
        }
    }

    private static void check(CommandRunner.Result result, String what) throws KeyringException {
        if (result.exitCode() != 0) {
            throw new KeyringException("secret-tool " + what + " failed: " + result.error().strip());
        }
    }
}
