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
}
