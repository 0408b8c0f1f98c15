package org.refunddesk.store.keyring;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Picks the keyring this system has, at run time. */
public final class Keyrings {
    private Keyrings() {
    }

    public static Keyring forThisSystem() {
        return choose(System.getProperty("os.name", ""), System.getenv("PATH"), CommandRunner.system());
    }

    static Keyring choose(String osName, String path, CommandRunner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac") && Files.isExecutable(Path.of("/usr/bin/security"))) {
            return new MacKeychain(runner);
        }
        if ((os.contains("linux") || os.contains("bsd")) && onPath("secret-tool", path).isPresent()) {
            return new SecretToolKeyring(runner);
        }
        return new MemoryKeyring(); // Windows: no keyring tool we can drive without native code; asked at start
    }

    static Optional<Path> onPath(String tool, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return Optional.of(Path.of(dir, tool));
            }
        }
        return Optional.empty();
    }
}
