package org.refunddesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a second JVM on the test class path, for tests that need another process. */
public final class SecondJvm {
    private SecondJvm() {
    }

    public static ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath());
        command.add("-Dfile.encoding=UTF-8");
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Surefire runs tests from a manifest-only jar; it publishes the real class path in this property. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Starts {@link HoldDataFolder} and returns once it holds the folder. */
    public static Process holding(String how, Path dir) throws IOException {
        return holding(how, dir, new String[0]);
    }

    /** As {@link #holding(String, Path)}, the holder naming itself {@code description[0]} in the lock file. */
    public static Process holding(String how, Path dir, String... description) throws IOException {
        List<String> args = new ArrayList<>(List.of(how, dir.toString()));
        args.addAll(List.of(description));
        Process p = java(HoldDataFolder.class.getName(), args.toArray(String[]::new))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("the second JVM did not get hold of " + dir + ": " + line);
        }
        return p;
    }

    /** Closes the holder's stdin so it lets go, and waits for it to end. */
    public static void release(Process p) throws Exception {
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the second JVM did not exit");
        }
    }
}
