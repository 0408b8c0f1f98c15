package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.store.Database;
import org.refunddesk.store.SecondJvm;
import org.refunddesk.testing.SampleCases;

/**
 * Issue 15, problems 2 and 6 together: on a full disk H2 can still write into free pages inside its own file, so a
 * save may succeed there; the question is whether a save can be reported as done without being in the file. Each
 * test fills a real tmpfs (root only, else skipped), saves, kills the saving JVM with SIGKILL right after it
 * reported (no close, no checkpoint at exit), frees the space and reopens the store: every reported id must be there.
 * (tmpfs is the page cache itself, so what another process reads after the kill is what reached the file.)
 */
class FullDiskDurabilityTest {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TempDir
    Path tmp;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    private Path mountTmpfs(String size) throws Exception {
        Path point = Files.createDirectories(tmp.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", point.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        mount = point;
        return point;
    }

    /** The editor's save (the case list's view model) while the app holds the store open and the disk fills. */
    @Test
    void everyEditorSaveReportedOnAFullDiskIsInTheFileAfterAKill() throws Exception {
        Path point = mountTmpfs("6m");
        Path folder = point.resolve("data");
        Process child = SecondJvm.java(SaveWhileDiskFills.class.getName(), folder.toString(), "60")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<UUID> reported = new ArrayList<>();
        List<UUID> refused = new ArrayList<>();
        boolean done = false;
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(4));
                child.destroyForcibly(); // a save that hangs on the full disk ends the child; the test then fails
            } catch (InterruptedException finished) {
                // the child reported in time
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             PrintStream in = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("ready");
            fill(point.resolve("filler"));
            in.println("go");
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("done")) {
                    done = true;
                    break;
                }
                if (line.startsWith("saved ")) {
                    reported.add(UUID.fromString(line.substring("saved ".length()).trim()));
                } else {
                    refused.add(UUID.fromString(line.substring("failed ".length()).trim()));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            watchdog.interrupt();
            child.destroyForcibly();
        }
        assertThat(done).as("every save came back (saved or refused) within minutes; " + reported.size() + " saved, "
                + refused.size() + " refused").isTrue();
        assertThat(refused).as("the disk filled up during the saves (else this proves nothing)").hasSize(1);
        emptyFillers(point);

        try (Database db = Database.open(folder)) {
            List<UUID> stored = db.cases().list().stream().map(RefundCase::id).toList();
            assertThat(reported).as("saves reported as done (" + reported.size() + ", " + refused.size() + " refused)")
                    .allMatch(stored::contains);
            // a save the editor reported as failed must not turn up later either (the user would save it again)
            assertThat(refused).as("saves reported as failed").noneMatch(stored::contains);
        }
    }

    /** {@code import} in a JVM of its own, killed right after it printed an id, on a full disk with free pages in the file. */
    @Test
    void everyIdAnImportPrintsOnAFullDiskIsInTheFileAfterAKill() throws Exception {
        Path point = mountTmpfs("5m");
        Path folder = point.resolve("data");
        try (Database db = Database.open(folder)) {
            db.cases().create(SampleCases.full("满盘前存下的案件"));
            List<UUID> scratch = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                scratch.add(db.cases().create(SampleCases.full("腾出空间 " + i + "长".repeat(8000))).id());
            }
            scratch.forEach(db.cases()::delete); // free pages inside the file H2 may reuse
        }
        fill(point.resolve("filler"));

        List<UUID> printed = new ArrayList<>();
        List<String> exits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path caseFile = tmp.resolve("case-" + i + ".json");
            Files.writeString(caseFile, CaseFiles.writeCase(SampleCases.full("满盘时导入 " + i)), StandardCharsets.UTF_8);
            Process child = SecondJvm.java(Launcher.class.getName(), "--data-dir", folder.toString(), "--lang", "en",
                    "import", caseFile.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher id = ID.matcher(line);
                    if (id.find()) {
                        printed.add(UUID.fromString(id.group()));
                        child.destroyForcibly(); // SIGKILL right after the success was printed
                        break;
                    }
                }
                child.destroyForcibly();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                exits.add(String.valueOf(child.exitValue()));
            }
        }
        emptyFillers(point);

        try (Database db = Database.open(folder)) {
            List<UUID> stored = db.cases().list().stream().map(RefundCase::id).toList();
            assertThat(printed).as("ids printed by import on a full disk (exit codes " + exits + ")").allMatch(stored::contains);
            assertThat(stored).hasSize(1 + printed.size());
        }
    }

    private static void emptyFillers(Path point) throws IOException {
        try (java.util.stream.Stream<Path> fillers = Files.list(point)) {
            for (Path f : fillers.filter(f -> f.getFileName().toString().startsWith("filler")).toList()) {
                Files.delete(f);
            }
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    /** Fills the disk to the last page: big blocks first, then ever smaller ones in files of their own. */
    private static void fill(Path filler) {
        int n = 0;
        for (int size = 64 * 1024; size >= 512; size /= 2) {
            byte[] block = new byte[size];
            try (OutputStream out = Files.newOutputStream(filler.resolveSibling(filler.getFileName() + "-" + n++))) {
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException full) {
                // no room for another block of this size
            }
        }
    }
}
