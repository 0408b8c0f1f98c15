package org.refunddesk.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The app's settings (the same preferences node 设置 writes), as a full backup carries them. */
final class SettingsSnapshot {
    static final String NODE = "org/refunddesk/ui";

    private SettingsSnapshot() {
    }

    static Map<String, String> read() {
        Map<String, String> settings = new TreeMap<>();
        try {
            Preferences node = Preferences.userRoot().node(NODE);
            for (String key : node.keys()) {
                settings.put(key, node.get(key, ""));
            }
        } catch (BackingStoreException | SecurityException e) {
            // no readable preferences: the backup carries none, the cases and evidence are what matters
        }
        return settings;
    }

    /** Writes settings a restored backup carried into the same node (the keys given, nothing else changes). */
    static void write(Map<String, String> settings) {
        try {
            Preferences node = Preferences.userRoot().node(NODE);
            settings.forEach(node::put);
            node.flush();
        } catch (BackingStoreException | SecurityException e) {
            // preferences cannot be written here: the cases and evidence were restored, the settings stay as they were
        }
    }
}
