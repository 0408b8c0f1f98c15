package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceLogEntry;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.SavedViews;

/** Issue 15, problem 1: backups hold everything and a restore loses nothing, evidence included. */
class BackupRestoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    private Path source;
    private UUID withEvidence;
    private UUID otherWithEvidence;

    @BeforeEach
    void storeWithEvidence() throws IOException {
        source = tmp.resolve("source");
        try (Database db = Database.open(source, CLOCK)) {
            List<RefundCase> cases = db.cases().createAll(DemoCases.create(CLOCK));
            withEvidence = cases.get(0).id();
            otherWithEvidence = cases.get(1).id();
            EvidenceVault vault = new EvidenceVault(db, CLOCK);
            vault.attach(EvidenceAttachment.of(withEvidence, userFile("订单 截图.png", "order"), EvidenceCategory.PURCHASE_PROOF));
            EvidenceItem chat = vault.attach(EvidenceAttachment.of(withEvidence, userFile("chat.txt", "聊天"),
                    EvidenceCategory.COMMUNICATION));
            vault.attach(EvidenceAttachment.of(otherWithEvidence, userFile("pay.pdf", "paid 30"),
                    EvidenceCategory.PAYMENT_STATEMENT));
            vault.remove(chat.id(), "wrong case");
            new SavedViews(db, CLOCK).save("我的案件", CaseFilter.ALL);
        }
    }

    private Path userFile(String name, String content) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("user").resolve(UUID.randomUUID().toString()));
        return Files.writeString(dir.resolve(name), content);
    }

    private static CliRun cli(Path dir, String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", dir.toString(), "--lang", "en"), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.of(all);
    }

    private static List<EvidenceItem> evidence(Path dir) {
        try (Database db = Database.open(dir, CLOCK)) {
            return new EvidenceVault(db, CLOCK).listAll().values().stream().flatMap(List::stream).toList();
        }
    }

    private static List<RefundCase> cases(Path dir) {
        try (Database db = Database.open(dir, CLOCK)) {
            return db.cases().list();
        }
    }

    @Test
    void restoringACasesOnlyBackupIntoTheSameFolderKeepsEveryEvidenceRecord() {
        Path json = tmp.resolve("cases.json");
        List<EvidenceItem> before = evidence(source);
        assertThat(cli(source, "backup", "--out", json.toString()).exitCode()).isZero();

        CliRun restored = cli(source, "restore", json.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(evidence(source)).containsExactlyInAnyOrderElementsOf(before);
        CliRun verify = cli(source, "evidence", "verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("2");
    }

    @Test
    void aFullBackupRestoredIntoAFreshFolderVerifiesAndBacksUpToTheSameContent() throws IOException {
        Path first = tmp.resolve("first.rdbackup");
        CliRun saved = cli(source, "backup", "--out", first.toString());
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("3 evidence files");

        Path fresh = tmp.resolve("fresh");
        CliRun restored = cli(fresh, "restore", first.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();

        CliRun verify = cli(fresh, "evidence", "verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(evidence(fresh)).containsExactlyInAnyOrderElementsOf(evidence(source));
        assertThat(cases(fresh)).isEqualTo(cases(source));
        try (Database db = Database.open(fresh, CLOCK)) {
            assertThat(new EvidenceVault(db, CLOCK).trash(withEvidence)).extracting(EvidenceItem::originalName)
                    .containsExactly("chat.txt");
            assertThat(new EvidenceVault(db, CLOCK).log(withEvidence)).extracting(EvidenceLogEntry::reason)
                    .containsExactly("wrong case");
            assertThat(new SavedViews(db, CLOCK).list()).extracting(SavedViews.SavedView::name).containsExactly("我的案件");
        }

        Path second = tmp.resolve("second.rdbackup");
        assertThat(cli(fresh, "backup", "--out", second.toString()).exitCode()).isZero();
        assertThat(contentWithoutTimestamps(second)).isEqualTo(contentWithoutTimestamps(first));
    }

    @Test
    void replaceMovesTheEvidenceOfRemovedCasesToTheTrashWithALogEntryAndSavesASafetyBackup() throws IOException {
        Path backup = tmp.resolve("one.json");
        try (Database db = Database.open(source, CLOCK)) {
            org.refunddesk.exchange.CaseFiles.writeBackup(List.of(db.cases().find(otherWithEvidence).orElseThrow()),
                    CLOCK.instant(), backup);
        }

        CliRun restored = cli(source, "restore", backup.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        String safetyLine = restored.out().lines().filter(l -> l.contains("safety backup")).findFirst().orElseThrow();
        Path safety = Path.of(safetyLine.substring(safetyLine.lastIndexOf(": ") + 2).trim());
        assertThat(safety).exists();
        assertThat(cases(source)).extracting(RefundCase::id).containsExactly(otherWithEvidence);
        assertThat(evidence(source)).extracting(EvidenceItem::originalName).containsExactly("pay.pdf");
        Path trashed = source.resolve("evidence-trash").resolve(withEvidence.toString());
        try (Stream<Path> files = Files.list(trashed)) {
            assertThat(files.count()).isEqualTo(2); // the one removed earlier and the one the restore moved
        }
        try (Database db = Database.open(source, CLOCK)) {
            assertThat(new EvidenceVault(db, CLOCK).log(withEvidence)).extracting(EvidenceLogEntry::reason)
                    .containsExactly("wrong case", "restore");
        }

        // the safety backup brings everything back
        CliRun back = cli(source, "restore", safety.toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(cases(source)).hasSize(11);
        assertThat(evidence(source)).hasSize(2);
        assertThat(cli(source, "evidence", "verify").exitCode()).isZero();
    }

    @Test
    void dryRunListsTheChangesAndChangesNothingAndMergeKeepsCasesNotInTheBackup() throws IOException {
        Path backup = tmp.resolve("one.json");
        RefundCase other;
        try (Database db = Database.open(source, CLOCK)) {
            other = db.cases().find(otherWithEvidence).orElseThrow();
        }
        org.refunddesk.exchange.CaseFiles.writeBackup(List.of(other), CLOCK.instant(), backup);
        List<RefundCase> before = cases(source);

        CliRun dry = cli(source, "restore", backup.toString(), "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("replace  " + otherWithEvidence).contains("remove   " + withEvidence)
                .contains("evidence to trash " + withEvidence + "  订单 截图.png")
                .contains("0 cases added, 1 replaced, 10 removed");
        assertThat(cases(source)).isEqualTo(before);
        assertThat(source.resolve("backups")).doesNotExist();

        CliRun merged = cli(source, "restore", backup.toString(), "--merge");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(cases(source)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(evidence(source)).hasSize(2);
    }

    @Test
    void aChangedByteInAFullBackupIsRefusedInOneLineBeforeTheStoreIsTouched() throws IOException {
        Path backup = tmp.resolve("b.rdbackup");
        assertThat(cli(source, "backup", "--out", backup.toString()).exitCode()).isZero();
        Path tampered = tmp.resolve("tampered.rdbackup");
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in);
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (e.getName().endsWith(".pdf")) {
                    content = "paid 31".getBytes(StandardCharsets.UTF_8); // same size, other content
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        List<RefundCase> before = cases(source);

        CliRun restored = cli(source, "restore", tampered.toString());

        assertThat(restored.exitCode()).isEqualTo(2);
        assertThat(restored.errLines()).hasSize(1);
        assertThat(restored.err()).contains("tampered.rdbackup").contains("does not match the manifest");
        assertThat(cases(source)).isEqualTo(before);
    }

    /** Every entry's content, with the backup's own time stamps taken out. */
    private static Map<String, String> contentWithoutTimestamps(Path backup) throws IOException {
        Map<String, String> content = new TreeMap<>();
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("manifest.json")) {
                    continue; // lists cases.json's hash, which includes the time stamp
                }
                content.put(e.getName(), text.replaceAll("\"exportedAt\" ?: ?\"[^\"]*\"", ""));
            }
        }
        return content;
    }
}
