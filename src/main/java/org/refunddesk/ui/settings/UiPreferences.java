package org.refunddesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The user's UI preferences, kept with {@link java.util.prefs} apart from the case database (a
 * restored backup must not change the language). Observable; every change is written at once.
 * The language takes effect at the next start; {@code --lang} overrides it for one run.
 */
public final class UiPreferences {
    public static final String LANGUAGE_CHINESE = "zh";
    public static final String LANGUAGE_ENGLISH = "en";
    /** Hours before a deadline to warn; the reminder feature reads these. */
    public static final List<Integer> DEFAULT_LEAD_TIMES_HOURS = List.of(72, 24, 2);

    private static final String KEY_LANGUAGE = "language";
    private static final String KEY_HELPER_NAME = "helperName";
    private static final String KEY_LEAD_TIMES = "leadTimesHours";
    /** Minutes without input before an encrypted store's window locks. */
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 15;
    private static final String KEY_IDLE_LOCK = "idleLockMinutes";
    private static final String KEY_HIDE_PERSONAL = "hidePersonal";
    private static final String KEY_AUTO_ERASE_MONTHS = "autoEraseClosedMonths";
    /** The same key the automatic backups read from the settings (AutoBackups.FOLDER_SETTING). */
    private static final String KEY_AUTO_BACKUP_FOLDER = "autoBackupFolder";

    private final Preferences node;
    private final StringProperty language = new SimpleStringProperty(this, KEY_LANGUAGE);
    private final StringProperty helperName = new SimpleStringProperty(this, KEY_HELPER_NAME);
    private final ObjectProperty<List<Integer>> leadTimesHours = new SimpleObjectProperty<>(this, KEY_LEAD_TIMES);
    private final BooleanProperty hidePersonal = new SimpleBooleanProperty(this, KEY_HIDE_PERSONAL);

    private UiPreferences(Preferences node) {
        this.node = node;
        language.set(normaliseLanguage(node.get(KEY_LANGUAGE, LANGUAGE_CHINESE)));
        helperName.set(node.get(KEY_HELPER_NAME, ""));
        leadTimesHours.set(parseLeadTimes(node.get(KEY_LEAD_TIMES, "")).orElse(DEFAULT_LEAD_TIMES_HOURS));
        language.addListener((o, was, now) -> write(KEY_LANGUAGE, normaliseLanguage(now)));
        helperName.addListener((o, was, now) -> write(KEY_HELPER_NAME, now == null ? "" : now));
        leadTimesHours.addListener((o, was, now) -> write(KEY_LEAD_TIMES, formatLeadTimes(now)));
        hidePersonal.set(node.getBoolean(KEY_HIDE_PERSONAL, false));
        hidePersonal.addListener((o, was, now) -> write(KEY_HIDE_PERSONAL, String.valueOf(now)));
    }

    /** Preferences kept in the given node (tests pass a throw-away node). */
    public static UiPreferences load(Preferences node) {
        return new UiPreferences(node);
    }

    /** The app's own node: {@code /org/refunddesk/ui} in the user's preferences. */
    public static UiPreferences loadForUser() {
        return load(Preferences.userRoot().node("org/refunddesk/ui"));
    }

    public StringProperty languageProperty() {
        return language;
    }

    public String language() {
        return language.get();
    }

    /** Minutes without input before the window of an encrypted store locks (at least 1). */
    public int idleLockMinutes() {
        return Math.max(1, node.getInt(KEY_IDLE_LOCK, DEFAULT_IDLE_LOCK_MINUTES));
    }

    public void setIdleLockMinutes(int minutes) {
        write(KEY_IDLE_LOCK, String.valueOf(Math.max(1, minutes)));
    }

    /** View → hide personal details: the case list and workspace header show phones and order numbers masked. */
    public BooleanProperty hidePersonalProperty() {
        return hidePersonal;
    }

    /** Months after which closed cases are erased automatically; 0 (the default): never. */
    public int autoEraseClosedMonths() {
        return Math.max(0, node.getInt(KEY_AUTO_ERASE_MONTHS, 0));
    }

    public void setAutoEraseClosedMonths(int months) {
        write(KEY_AUTO_ERASE_MONTHS, String.valueOf(Math.max(0, months)));
    }

    public StringProperty helperNameProperty() {
        return helperName;
    }

    /** Where the team server's settings are kept (issue 16): a child of this node, the password never. */
    public Preferences teamServerNode() {
        return node.node("teamServer");
    }

    /** The folder automatic backups go to, or "" for the default ({@code <data folder>/backups}). */
    public String autoBackupFolder() {
        return node.get(KEY_AUTO_BACKUP_FOLDER, "");
    }

    public void setAutoBackupFolder(String folder) {
        write(KEY_AUTO_BACKUP_FOLDER, folder == null ? "" : folder.strip());
    }

    public ObjectProperty<List<Integer>> leadTimesHoursProperty() {
        return leadTimesHours;
    }

    /** "72, 24, 2" → [72, 24, 2]; empty when any part is not a positive whole number of hours. */
    public static Optional<List<Integer>> parseLeadTimes(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Integer> hours = new ArrayList<>();
        for (String part : text.split("[,\\uFF0C\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int value = Integer.parseInt(part);
                if (value <= 0) {
                    return Optional.empty();
                }
                hours.add(value);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return hours.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(hours));
    }

    public static String formatLeadTimes(List<Integer> hours) {
        return hours == null ? "" : String.join(", ", hours.stream().map(String::valueOf).toList());
    }

    private static String normaliseLanguage(String value) {
        return LANGUAGE_ENGLISH.equals(value) ? LANGUAGE_ENGLISH : LANGUAGE_CHINESE;
    }

    private void write(String key, String value) {
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: the value still holds for this run.
        }
    }
}
