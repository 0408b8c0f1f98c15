package org.refunddesk.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.EncryptionStateException;
import org.refunddesk.store.ServerLoginRefusedException;
import org.refunddesk.store.ServerRefusedException;
import org.refunddesk.store.ServerUnreachableException;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.StoreEncryptedException;
import org.refunddesk.store.StoreLockedException;
import org.refunddesk.store.WrongPassphraseException;

/**
 * What the command line says, in the user's language, for a store failure a user can act on. The store's own
 * exception texts are English for logs; here each names the folder, server or case and what to do next.
 */
final class StoreErrorText {
    private static final Pattern APP_HOLDER = Pattern.compile("the RefundDesk app \\(process (\\d+)\\)");
    private static final Pattern COMMAND_HOLDER = Pattern.compile("the command \"(.*)\" \\(process (\\d+)\\)");
    private StoreErrorText() {
    }

    static String of(RuntimeException e, Messages m) {
        if (e instanceof StoreEncryptedException encrypted) {
            return m.get("cli.store.encrypted", String.valueOf(encrypted.dataDir()), PassphraseFile.ENV_VARIABLE);
        }
        if (e instanceof WrongPassphraseException wrong) {
            return m.get("cli.store.wrongPassphrase", String.valueOf(wrong.dataDir()));
        }
        if (e instanceof EncryptionStateException state && state.dataDir() != null) {
            return m.get(state.encrypted() ? "cli.store.alreadyEncrypted" : "cli.store.notEncrypted",
                    String.valueOf(state.dataDir()));
        }
        if (e instanceof StoreLockedException locked) {
            return m.get("cli.store.inUse", String.valueOf(locked.dataDir()), holder(locked.holder(), m));
        }
        if (e instanceof ServerUnreachableException unreachable) {
            return unreachable.sslRefused() ? m.get("cli.server.noSsl", unreachable.server().label())
                    : m.get("cli.server.unreachable", unreachable.server().label(), cause(e));
        }
        if (e instanceof ServerRefusedException refused) {
            return m.get("cli.server.refused", refused.server().label(), cause(e));
        }
        if (e instanceof ServerLoginRefusedException login) {
            return m.get("cli.server.loginRefused", login.server().label(), login.user(), cause(e));
        }
        if (e instanceof StaleCaseException stale) {
            return m.get("cli.store.stale", String.valueOf(stale.caseId()), String.valueOf(stale.baseVersion()),
                    String.valueOf(stale.storedVersion()));
        }
        return e.getMessage();
    }

    /**
     * The lock file's holder line in the user's language: it is written in English by the process holding the folder
     * (see Launcher: {@code the RefundDesk app (process 42)}, {@code the command "backup" (process 42)}), which may
     * run in another language; a line of another form is shown as it is.
     */
    static String holder(String line, Messages m) {
        if (line == null) {
            return m.get("cli.store.inUse.unknown");
        }
        Matcher app = APP_HOLDER.matcher(line);
        if (app.matches()) {
            return m.get("cli.store.inUse.app", app.group(1));
        }
        Matcher command = COMMAND_HOLDER.matcher(line);
        if (command.matches()) {
            return m.get("cli.store.inUse.command", command.group(1), command.group(2));
        }
        return line;
    }

    /** The server's or driver's own words (not translated: they name what it refused). */
    private static String cause(Throwable e) {
        Throwable cause = e.getCause();
        return cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
    }
}
