package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.SavedViews;

/**
 * Issue 15 acceptance: backup → restore into a fresh folder → evidence verify exit 0 with the same files; a backup of
 * the restored store equals the first apart from its time stamps: every ZIP entry byte for byte (names, order, entry
 * times, methods), cases.json apart from its exportedAt value, manifest.json apart from createdAt and the hash and size of
 * cases.json (which holds exportedAt). Both for a store without evidence and one with evidence files; the saved view
 * and a setting (taken off this computer between backup and restore) come back and are in both backups.
 */
class BackupRoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CliRun cli(Path dir, String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.toString(), "--lang", "en"), Stream.of(args))
                .toArray(String[]::new));
    }

    private Path store(boolean withEvidence) throws IOException {
        Path source = tmp.resolve("source");
        try (Database db = Database.open(source, CLOCK)) {
            List<RefundCase> cases = db.cases().createAll(DemoCases.create(CLOCK));
            new SavedViews(db, CLOCK).save("我的案件", CaseFilter.ALL);
            if (withEvidence) {
                EvidenceVault vault = new EvidenceVault(db, CLOCK);
                vault.attach(EvidenceAttachment.of(cases.get(0).id(), userFile("订单 截图.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}),
                        EvidenceCategory.PURCHASE_PROOF));
                EvidenceItem chat = vault.attach(EvidenceAttachment.of(cases.get(0).id(),
                        userFile("chat.txt", "客服说三天内到账".getBytes(StandardCharsets.UTF_8)), EvidenceCategory.COMMUNICATION));
                vault.attach(EvidenceAttachment.of(cases.get(1).id(), userFile("pay.pdf", "%PDF paid 30".getBytes(StandardCharsets.UTF_8)),
                        EvidenceCategory.PAYMENT_STATEMENT));
                vault.remove(chat.id(), "wrong case");
            }
        }
        return source;
    }

    private Path userFile(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("user").resolve(UUID.randomUUID().toString()));
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void aStoreWithoutEvidenceBacksUpToTheSameBytesAfterARoundTrip() throws Exception {
        roundTrip(store(false), 0);
    }

    @Test
    void aStoreWithEvidenceFilesBacksUpToTheSameBytesAfterARoundTripAndVerifies() throws Exception {
        roundTrip(store(true), 3);
    }

    private static final String HELPER_NAME = "helperName";
    private static final String VOLUNTEER = "往返测试的志愿者";

    /** With a setting of this computer's that the restore must bring back (the fresh computer lacks it). */
    private void roundTrip(Path source, int evidenceFiles) throws Exception {
        java.util.prefs.Preferences settings = java.util.prefs.Preferences.userRoot().node(SettingsSnapshot.NODE);
        String had = settings.get(HELPER_NAME, null);
        try {
            settings.put(HELPER_NAME, VOLUNTEER);
            settings.flush();
            roundTrip(source, evidenceFiles, settings);
        } finally {
            if (had == null) {
                settings.remove(HELPER_NAME);
            } else {
                settings.put(HELPER_NAME, had);
            }
            settings.flush();
        }
    }

    private void roundTrip(Path source, int evidenceFiles, java.util.prefs.Preferences settings) throws Exception {
        Path first = tmp.resolve("first.rdbackup");
        CliRun saved = cli(source, "backup", "--out", first.toString());
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        Path fresh = tmp.resolve("fresh");
        settings.remove(HELPER_NAME); // the computer the backup is restored on does not have it
        settings.flush();

        CliRun restored = cli(fresh, "restore", first.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(settings.get(HELPER_NAME, null)).as("the setting came back with the restore").isEqualTo(VOLUNTEER);
        try (Database db = Database.open(fresh, CLOCK)) {
            assertThat(new SavedViews(db, CLOCK).list()).extracting(SavedViews.SavedView::name).containsExactly("我的案件");
        }

        CliRun verify = cli(fresh, "evidence", "verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(filesUnder(fresh, "evidence")).isEqualTo(filesUnder(source, "evidence")).hasSize(evidenceFiles == 0 ? 0 : 2);
        assertThat(filesUnder(fresh, "evidence-trash")).isEqualTo(filesUnder(source, "evidence-trash"));
        Path second = tmp.resolve("second.rdbackup");
        CliRun again = cli(fresh, "backup", "--out", second.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();

        Map<String, Entry> a = entries(first);
        Map<String, Entry> b = entries(second);
        assertThat(new String(a.get("settings.json").bytes(), StandardCharsets.UTF_8)).contains(VOLUNTEER);
        assertThat(new String(a.get("views.json").bytes(), StandardCharsets.UTF_8)).contains("我的案件");
        assertThat(b.keySet()).as("the same entries in the same order").containsExactlyElementsOf(a.keySet());
        assertThat(a.keySet().stream().filter(n -> n.startsWith("evidence/") || n.startsWith("evidence-trash/")))
                .hasSize(evidenceFiles);
        for (String name : a.keySet()) {
            assertThat(b.get(name).time()).as(name + " entry time").isEqualTo(a.get(name).time());
            assertThat(b.get(name).method()).as(name + " method").isEqualTo(a.get(name).method());
            if (!name.equals("cases.json") && !name.equals("manifest.json")) {
                assertThat(b.get(name).bytes()).as(name).isEqualTo(a.get(name).bytes());
            }
        }
        assertThat(withoutExportedAt(b.get("cases.json").bytes())).isEqualTo(withoutExportedAt(a.get("cases.json").bytes()));
        assertThat(manifestWithoutTimestamps(b)).isEqualTo(manifestWithoutTimestamps(a));
    }

    private record Entry(byte[] bytes, long time, int method) {
    }

    private static Map<String, Entry> entries(Path backup) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new Entry(zip.readAllBytes(), e.getTime(), e.getMethod()));
            }
        }
        return entries;
    }

    /** cases.json with its one exportedAt value blanked (and only that). */
    private static byte[] withoutExportedAt(byte[] cases) {
        String text = new String(cases, StandardCharsets.UTF_8);
        String blanked = text.replaceFirst("\"exportedAt\" ?: ?\"[^\"]*\"", "\"exportedAt\":\"\"");
        assertThat(blanked).isNotEqualTo(text);
        assertThat(blanked).doesNotContain("\"exportedAt\" :").doesNotContain("exportedAt\" : \"2");
        return blanked.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The manifest (which must describe its own backup exactly) without createdAt and the hash of cases.json; the
     * rest byte for byte as the writer printed it, through a canonical re-print.
     */
    private static String manifestWithoutTimestamps(Map<String, Entry> backup) throws Exception {
        ObjectNode manifest = (ObjectNode) JSON.readTree(backup.get("manifest.json").bytes());
        for (JsonNode line : manifest.path("entries")) {
            Entry entry = backup.get(line.path("path").asText());
            assertThat(line.path("size").asLong()).isEqualTo(entry.bytes().length);
            assertThat(line.path("sha256").asText()).isEqualTo(sha256(entry.bytes()));
            if (line.path("path").asText().equals("cases.json")) {
                // exportedAt differs, and an instant's text drops trailing zeros of its fraction: the size may too
                ((ObjectNode) line).remove("sha256");
                ((ObjectNode) line).remove("size");
            }
        }
        assertThat(manifest.path("createdAt").asText()).isNotEmpty();
        manifest.remove("createdAt");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Relative path → content of every file under the folder. */
    private static Map<String, String> filesUnder(Path dataDir, String folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        Path root = dataDir.resolve(folder);
        if (!Files.isDirectory(root)) {
            return files;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(all::add);
        }
        for (Path p : all) {
            files.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
        }
        return files;
    }
}
