package org.refunddesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where RefundDesk keeps its data: {@code --data-dir}, else {@code REFUNDDESK_HOME}, else the
 * platform's per-user data folder (never the install directory, so upgrades keep it).
 */
public final class DataFolder {
    public static final String ENV_HOME = "REFUNDDESK_HOME";

    private DataFolder() {
    }

    public static Path resolve(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("RefundDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "RefundDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("refunddesk");
    }

    /** The folder for this process: the override, else the environment and system properties. */
    public static Path resolve(String override) {
        return resolve(override, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
