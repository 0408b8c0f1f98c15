package org.refunddesk.ui.team;

import java.util.concurrent.Executor;
import java.util.prefs.Preferences;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.keyring.Keyring;
import org.refunddesk.store.keyring.KeyringException;

/**
 * Settings → Team server: a copy of the saved settings, written back only by {@link #save()}; the password goes to
 * the keyring when the system has one, else it is kept for this run only.
 */
public final class TeamServerViewModel {
    private final Preferences node;
    private final Keyring keyring;
    private final Messages messages;
    private final ConnectionTester tester;
    private final Executor background;
    private final Executor fxThread;
    private final StringProperty host = new SimpleStringProperty();
    private final StringProperty port = new SimpleStringProperty();
    private final StringProperty database = new SimpleStringProperty();
    private final StringProperty user = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<TeamServerSettings.TlsMode> tls = new SimpleObjectProperty<>();
    private final BooleanProperty use = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper();
    private final StringBinding error;

    /** {@code tester} null: no test button (the store for it is not wired in this build). */
    public TeamServerViewModel(Preferences node, Keyring keyring, Messages messages, ConnectionTester tester,
                               Executor background, Executor fxThread) {
        this.node = node;
        this.keyring = keyring;
        this.messages = messages;
        this.tester = tester;
        this.background = background;
        this.fxThread = fxThread;
        TeamServerSettings saved = TeamServerSettings.load(node);
        host.set(saved.host());
        port.set(String.valueOf(saved.port()));
        database.set(saved.database());
        user.set(saved.user());
        tls.set(saved.tls());
        use.set(saved.use());
        if (!saved.user().isEmpty()) {
            // a keyring may wait for an unlock prompt: read off the FX thread
            background.execute(() -> {
                try {
                    keyring.read(saved.keyringAccount()).ifPresent(found -> fxThread.execute(() -> {
                        if (password.get() == null || password.get().isEmpty()) {
                            password.set(found);
                        }
                    }));
                } catch (KeyringException e) {
                    fxThread.execute(() -> testResult.set(messages.get("teamclient.server.keyringFailed", e.getMessage())));
                }
            });
        }
        error = Bindings.createStringBinding(this::problem, host, port, database, user, use);
    }

    private String problem() {
        if (parsePort(port.get()) < 0) {
            return messages.get("teamclient.server.error.port");
        }
        if (use.get() && (host.get() == null || host.get().isBlank() || database.get() == null
                || database.get().isBlank() || user.get() == null || user.get().isBlank())) {
            return messages.get("teamclient.server.error.required");
        }
        return "";
    }

    private static int parsePort(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,5}")) {
            return -1;
        }
        int value = Integer.parseInt(t);
        return value >= 1 && value <= 65535 ? value : -1;
    }

    public TeamServerSettings settings() {
        int p = parsePort(port.get());
        return new TeamServerSettings(host.get(), p < 0 ? TeamServerSettings.DEFAULT_PORT : p, database.get(),
                user.get(), tls.get(), use.get());
    }

    /** Saves the settings and the password; false (nothing written) while a field is wrong. */
    public boolean save() {
        if (!error.get().isEmpty()) {
            return false;
        }
        TeamServerSettings settings = settings();
        settings.save(node);
        String secret = password.get();
        if (secret != null && !secret.isEmpty() && !settings.user().isEmpty()) {
            background.execute(() -> {
                try {
                    keyring.store(settings.keyringAccount(), secret);
                } catch (KeyringException e) {
                    fxThread.execute(() -> testResult.set(messages.get("teamclient.server.keyringFailed", e.getMessage())));
                }
            });
        }
        return true;
    }

    /** Test connection, off the FX thread; the answer appears in {@link #testResultProperty()}. */
    public void testConnection() {
        if (tester == null || testing.get()) {
            return;
        }
        TeamServerSettings settings = settings();
        String secret = password.get();
        testing.set(true);
        testResult.set(messages.get("teamclient.server.testing"));
        background.execute(() -> {
            String shown;
            try {
                shown = messages.get("teamclient.server.testOk", tester.test(settings, secret));
            } catch (Exception e) {
                shown = messages.get("teamclient.server.testFailed", String.valueOf(e.getMessage()));
            }
            String result = shown;
            fxThread.execute(() -> {
                testResult.set(result);
                testing.set(false);
            });
        });
    }

    public boolean canTest() {
        return tester != null;
    }

    /** Where the password goes, said to the user. */
    public String passwordNote() {
        return keyring.persistent() ? messages.get("teamclient.server.password.keyring", keyring.description())
                : messages.get("teamclient.server.password.memory");
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<TeamServerSettings.TlsMode> tlsProperty() {
        return tls;
    }

    public BooleanProperty useProperty() {
        return use;
    }

    public StringBinding errorProperty() {
        return error;
    }

    public BooleanBinding invalidProperty() {
        return error.isNotEmpty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanWrapper testingProperty() {
        return testing;
    }

    public String tlsLabel(TeamServerSettings.TlsMode mode) {
        return messages.get(switch (mode) {
            case VERIFY_FULL -> "teamclient.server.tls.verifyFull";
            case DISABLE -> "teamclient.server.tls.disable";
            case REQUIRE -> "teamclient.server.tls.require";
        });
    }
}
