package org.refunddesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.refunddesk.app.Launcher;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.ui.StartupTimeline;

/**
 * Issue 14's table, each figure beside its floor measured in the same run (see bench/README.md): seeded stores
 * of the given sizes, every command in its own JVM at the heap cap, the GUI on a real window (DISPLAY
 * must point at an X server, e.g. Xvfb), each figure the median of {@code runs} runs with min and max.
 * Usage: {@code ScaleBenchmark WORKDIR [10k|100k|all|N,N...] [runs=5]}.
 */
public final class ScaleBenchmark {
    private static final String CLI_HEAP = "-Xmx256m";
    private static final String GUI_HEAP = "-Xmx512m";
    private static final String APP_JAR = "target/refunddesk.jar";
    private static final String ARCHIVE = "target/refunddesk.jsa";
    /** The README's run command's: the archive when this JDK can use it, silently the usual way when not. */
    private static final List<String> CDS_FLAGS = List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off");

    private final Path work;
    private final int runs;

    private ScaleBenchmark(Path work, int runs) {
        this.work = work;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-scale").toAbsolutePath();
        String sizes = sizes(args.length > 1 ? args[1] : "all");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf("scale bench: %d cores, Java %s, %d runs per figure, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs, load());
        System.out.println(Files.exists(Path.of(ARCHIVE))
                ? "every JVM: " + APP_JAR + " with " + ARCHIVE + " (class-data sharing, as the README's run command)"
                : "every JVM: " + APP_JAR + "; no " + ARCHIVE + " (mvn package makes it): classes load the usual way");
        ScaleBenchmark bench = new ScaleBenchmark(work, runs);
        for (String size : sizes.split(",")) {
            bench.size(Integer.parseInt(size.trim()));
        }
    }

    /** {@code 10k}, {@code 100k}, {@code all} (both) or plain numbers, comma-separated. */
    static String sizes(String arg) {
        return switch (arg) {
            case "all" -> "10000,100000";
            default -> arg.replace("k", "000");
        };
    }

    private void size(int n) throws Exception {
        Path store = work.resolve("store-" + n);
        if (!Files.exists(store.resolve("seeded"))) {
            deleteTree(store);
            long t0 = System.nanoTime();
            try (Database db = Database.open(store)) {
                List<RefundCase> cases = PlanBenchmark.generate(n, new Random(42));
                for (int from = 0; from < n; from += 5_000) {
                    db.cases().createAll(cases.subList(from, Math.min(n, from + 5_000)));
                }
            }
            Files.writeString(store.resolve("seeded"), "");
            System.out.printf("%n== %,d cases: seeded in %.1f s (untimed)%n", n, (System.nanoTime() - t0) / 1e9);
        } else {
            System.out.printf("%n== %,d cases (store reused)%n", n);
        }
        if (!Files.exists(store.resolve("compacted"))) {
            long t0 = System.nanoTime();
            compact(store);
            Files.writeString(store.resolve("compacted"), "");
            System.out.printf("compacted in %.1f s (untimed)%n", (System.nanoTime() - t0) / 1e9);
        }
        Path backup = work.resolve("backup-" + n + ".json");
        Result made = child(List.of(CLI_HEAP), Launcher.class, "--data-dir", store.toString(), "backup", "--out",
                backup.toString());
        System.out.printf("backup file %s: %s%n", Files.exists(backup) ? Files.size(backup) / 1_000_000 + " MB" : "not written",
                made.describe());
        String json = backup.toString();
        Figures floorJson = repeat(() -> child(List.of(CLI_HEAP), ScaleFloors.class, "jackson-read", json));
        row("cases list --json", repeat(() -> child(List.of(CLI_HEAP), Launcher.class, "--data-dir", store.toString(),
                "cases", "list", "--json")), "Jackson streaming read", floorJson);
        row("due --within 3d --json", repeat(() -> child(List.of(CLI_HEAP), Launcher.class, "--data-dir",
                store.toString(), "due", "--within", "3d", "--json")), "Jackson streaming read", floorJson);
        row("backup --out", repeat(() -> child(List.of(CLI_HEAP), Launcher.class, "--data-dir", store.toString(),
                "backup", "--out", work.resolve("backup-out.json").toString())), "Jackson streaming read", floorJson);
        Path restored = work.resolve("restored");
        Figures floorInsert = repeat(() -> {
            deleteTree(restored);
            return child(List.of(CLI_HEAP), ScaleFloors.class, "h2-insert", json, restored.toString());
        });
        row("restore", repeat(() -> {
            deleteTree(restored);
            return child(List.of(CLI_HEAP), Launcher.class, "--data-dir", restored.toString(), "restore", json);
        }), "raw H2 batch insert", floorInsert);
        ScaleViews.all(store, runs);
        gui(store, n);
    }

    /**
     * Seeding in 5,000-case transactions leaves about a quarter of the file dead; a store in use has that rewritten
     * by H2's housekeeping over a long session. Without this every short measured run would pay part of it again.
     */
    private static void compact(Path store) throws Exception {
        String url = "jdbc:h2:file:" + store.resolve("refunddesk") + ";TRACE_LEVEL_FILE=0";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "refunddesk", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                throw e;
            }
        }
    }

    /**
     * Start to first frame and to the case list filled, on a real window; the floor is the bare window (a TableView
     * and a TextField) filled with as many plain rows, same flags, same marks.
     */
    private void gui(Path store, int n) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.out.println("GUI rows skipped: no DISPLAY (run bench/scale.sh, which starts Xvfb)");
            return;
        }
        List<String> flags = List.of(GUI_HEAP, "-Dprism.order=sw", "-D" + StartupTimeline.PROPERTY + "=true");
        List<Long> bareFrames = new ArrayList<>();
        Figures bare = repeat(() -> window(flags, "list-filled", Map.of("first-frame", bareFrames), ScaleFloors.class,
                "bare-window", String.valueOf(n)));
        List<Long> frames = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Long> homes = new ArrayList<>();
        Figures filled = repeat(() -> window(flags, "list-filled",
                Map.of("first-frame", frames, "case-count", counts, "home-filled", homes), Launcher.class, "--data-dir",
                store.toString()));
        row("GUI start to first frame", Figures.of(frames, "", -1), "bare JavaFX window",
                Figures.of(bareFrames, "", -1));
        row("GUI start to filled case list (RSS at filled)", filled, "bare window filled with " + n + " rows", bare);
        // not in the table: the count the status bar and Home show while the rows are read, and Home filled
        row("GUI start to the case count shown", Figures.of(counts, "", -1),
                "bare window filled with " + n + " rows", bare);
        row("GUI start to filled Home (the first screen)", Figures.of(homes, "", -1),
                "bare window filled with " + n + " rows", bare);
    }

    /**
     * Runs a GUI JVM until it prints the mark; ms since JVM start as the app measured it, peak RSS at that point.
     * The times of the marks named in {@code along} (first frame, the case count, Home filled) are added to their
     * lists on the way; the run waits for each of them too. A JVM that has not printed them all within two minutes
     * is stopped (its figure: -1).
     */
    private Result window(List<String> flags, String mark, Map<String, List<Long>> along, Class<?> main,
                          String... args) throws Exception {
        Process p = new ProcessBuilder(command(flags, main, args)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        java.util.concurrent.CompletableFuture.delayedExecutor(2, TimeUnit.MINUTES).execute(p::destroy);
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            // the list can be filled before the first frame is drawn, Home after the list: wait for every mark
            Map<String, Long> seen = new HashMap<>();
            Result marked = null;
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                for (String name : along.keySet()) {
                    if (line.startsWith("startup-timeline " + name) && !seen.containsKey(name)) {
                        seen.put(name, Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)));
                    }
                }
                if (marked == null && line.startsWith("startup-timeline " + mark)) {
                    String[] parts = line.split(" ");
                    marked = new Result(Long.parseLong(parts[parts.length - 1]) * 1_000_000, rssKb(p.pid()), 0);
                }
                if (marked != null && seen.keySet().containsAll(along.keySet())) {
                    seen.forEach((name, ms) -> along.get(name).add(ms * 1_000_000));
                    return marked;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        return new Result(-1, -1, -1);
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Runs a JVM to its end under /usr/bin/time: wall time and peak RSS. */
    private Result child(List<String> flags, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "bench-time %e %M"));
        command.addAll(command(flags, main, args));
        Path err = work.resolve("child-err.txt");
        Files.createDirectories(work);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        p.waitFor();
        long wall = System.nanoTime() - t0;
        long rss = -1;
        String firstError = "";
        for (String line : Files.readAllLines(err)) {
            if (line.startsWith("bench-time ")) {
                rss = Long.parseLong(line.split(" ")[2]);
            } else if (firstError.isEmpty() && !line.isBlank()) {
                firstError = line;
            }
        }
        int exit = p.exitValue();
        if (exit != 0) {
            System.out.println("  ! " + main.getSimpleName() + " " + String.join(" ", args).replace(work.toString(), "…")
                    + " exited " + exit + ": " + firstError);
        }
        return new Result(wall, rss, exit);
    }

    /**
     * The app as the README's run command starts it: its jar (the manifest brings the libraries) and the class-data
     * sharing archive {@code mvn package} made; the floors with the same flags and the same archive, the test classes
     * after the jar (their own few classes load the usual way, the JDK's and JavaFX's come from the archive as the
     * app's do). Relative paths, as the archive was made from the project folder.
     */
    private static List<String> command(List<String> flags, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(CDS_FLAGS);
        command.add("-cp");
        command.add(main == Launcher.class ? APP_JAR : APP_JAR + java.io.File.pathSeparator + "target/test-classes");
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    private Figures repeat(Run run) throws Exception {
        List<Long> times = new ArrayList<>();
        long rss = -1;
        int failed = 0;
        for (int r = 0; r < runs; r++) {
            Result result = run.run();
            if (result.exit() != 0 || result.nanos() < 0) {
                failed++;
                continue;
            }
            times.add(result.nanos());
            rss = Math.max(rss, result.rssKb());
        }
        return Figures.of(times, failed == 0 ? "" : failed + " of " + runs + " runs failed", rss);
    }

    static void row(String what, Figures figure, String floorName, Figures floor) {
        String ratio = floor == null || figure.median() <= 0 || floor.median() <= 0 ? "" : String.format("%.1fx",
                (double) figure.median() / floor.median());
        System.out.printf("%-46s %s   | floor (%s) %s | ratio %s | load %.2f%n", what, figure.text(), floorName,
                floor == null ? "-" : floor.text(), ratio, load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long p95(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @FunctionalInterface
    private interface Run {
        Result run() throws Exception;
    }

    private record Result(long nanos, long rssKb, int exit) {
        String describe() {
            return exit == 0 ? String.format("%.2f s, %d MB RSS", nanos / 1e9, rssKb / 1024) : "failed (exit " + exit + ")";
        }
    }

    record Figures(long median, long min, long max, long rssKb, String note) {
        static Figures of(List<Long> nanos, String note, long rssKb) {
            if (nanos.isEmpty()) {
                return new Figures(-1, -1, -1, rssKb, note.isEmpty() ? "no run" : note);
            }
            List<Long> sorted = nanos.stream().sorted().toList();
            return new Figures(sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), rssKb, note);
        }

        String text() {
            if (median < 0) {
                return "FAILED (" + note + ")";
            }
            return time(median) + " [" + time(min) + " – " + time(max) + "]"
                    + (rssKb > 0 ? ", " + rssKb / 1024 + " MB RSS" : "") + (note.isEmpty() ? "" : " (" + note + ")");
        }

        private static String time(long nanos) {
            return nanos >= 1_000_000_000L ? String.format("%.2f s", nanos / 1e9) : String.format("%.1f ms", nanos / 1e6);
        }
    }
}
