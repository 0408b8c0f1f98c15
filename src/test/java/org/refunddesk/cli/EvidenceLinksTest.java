package org.refunddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;

/** The vault never follows a symbolic link, and says "unreadable", not "missing", for a file it cannot read (issue 15, problem 7). */
class EvidenceLinksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private String caseId;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void storeACaseWithOneFile() throws IOException {
        try (Database db = Database.open(dataDir, CLOCK)) {
            caseId = db.cases().create(EvidenceFixtures.refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP))
                    .id().toString();
        }
        Path file = Files.writeString(elsewhere.resolve("订单.png"), "order");
        assertThat(run("en", "evidence", "add", caseId, file.toString(), "--category", "PURCHASE_PROOF")).isZero();
    }

    private int run(String lang, String... args) {
        out.reset();
        CliContext context = new CliContext(dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK, Messages.forTag(lang));
        return new Cli(List.of(new EvidenceCommand())).run(args, context);
    }

    private Path storedFile() throws IOException {
        assertThat(run("en", "evidence", "list", caseId, "--json")).isZero();
        String name = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get(0).path("storedName").asText();
        return dataDir.resolve("evidence").resolve(caseId).resolve(name);
    }

    @Test
    void aFileReplacedByASymlinkToAnIdenticalCopyFailsVerifyAndBundleNamingIt() throws IOException {
        Path stored = storedFile();
        Path copy = Files.copy(stored, elsewhere.resolve("identical-copy"));
        Files.delete(stored);
        Files.createSymbolicLink(stored, copy);

        assertThat(run("zh", "evidence", "verify", caseId)).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("订单.png").contains("是符号链接，证据库不跟随链接");
        assertThat(run("en", "evidence", "verify")).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("SYMLINK: 订单.png");
        Path zip = elsewhere.resolve("bundle.zip");
        assertThat(run("en", "evidence", "bundle", caseId, "--out", zip.toString())).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(zip).doesNotExist();
    }

    @Test
    void aCaseFolderReplacedByASymlinkIsNotFollowedEither() throws IOException {
        Path folder = storedFile().getParent();
        Path moved = Files.move(folder, elsewhere.resolve("moved-folder"));
        Files.createSymbolicLink(folder, moved);

        assertThat(run("en", "evidence", "verify", caseId)).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("SYMLINK: 订单.png");
    }

    /** Root reads any file whatever its permissions, so this test only means something for an ordinary user. */
    @Test
    void anUnreadableFileIsReportedAsUnreadableNotMissingAndRefusedByBundle() throws Exception {
        assumeFalse(runningAsRoot(), "root reads a chmod 000 file: nothing to test as root");
        Path stored = storedFile();
        Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("---------"));
        try {
            assertThat(run("en", "evidence", "verify", caseId)).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("UNREADABLE: 订单.png").doesNotContain("MISSING");
            Path zip = elsewhere.resolve("bundle.zip");
            assertThat(run("en", "evidence", "bundle", caseId, "--out", zip.toString())).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(zip).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * The same as root, where the suite runs in CI: the commands run in a child JVM from which {@code setpriv} took
     * the two capabilities that let root read any file, so a chmod 000 file is unreadable to it as to anyone.
     */
    @Test
    void asRootWithoutTheReadOverrideAnUnreadableFileIsReportedAsUnreadableNotMissing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(runningAsRoot(), "as an ordinary user the test above runs");
        Path stored = storedFile();
        Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("---------"));
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(withoutReadOverride("cat", stored.toString()).exit() != 0,
                    "setpriv cannot drop root's read override here");
            Child verify = withoutReadOverride(java("evidence", "verify", caseId));
            assertThat(verify.exit()).as(verify.out()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(verify.out()).contains("UNREADABLE: 订单.png").doesNotContain("MISSING");
            Path zip = elsewhere.resolve("bundle.zip");
            Child bundle = withoutReadOverride(java("evidence", "bundle", caseId, "--out", zip.toString()));
            assertThat(bundle.exit()).as(bundle.out()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(zip).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private record Child(int exit, String out) {
    }

    private String[] java(String... command) {
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        args.addAll(List.of(command));
        return org.refunddesk.store.SecondJvm.java(org.refunddesk.app.Launcher.class.getName(),
                args.toArray(String[]::new)).command().toArray(String[]::new);
    }

    private static Child withoutReadOverride(String... command) throws IOException, InterruptedException {
        List<String> all = new java.util.ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                "--"));
        all.addAll(List.of(command));
        Process p;
        try {
            p = new ProcessBuilder(all).redirectErrorStream(true).start();
        } catch (IOException noSetpriv) {
            return new Child(0, String.valueOf(noSetpriv.getMessage()));
        }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Child(p.waitFor(), said);
    }

    private static boolean runningAsRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        id.waitFor();
        return "0".equals(uid);
    }
}
