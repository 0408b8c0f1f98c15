package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.EvidenceFixtures;

class EvidenceVaultTest {
    private static final Instant NOW = Instant.parse("2025-03-05T04:00:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;

    private Database db;
    private EvidenceVault vault;
    private RefundCase refundCase;

    @BeforeEach
    void open() {
        db = Database.open(dataDir, Clock.fixed(NOW, ZoneOffset.UTC));
        vault = new EvidenceVault(db, Clock.fixed(NOW, ZoneOffset.UTC));
        refundCase = db.cases().create(EvidenceFixtures.refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path userFile(String name, String content) throws IOException {
        Path folder = Files.createDirectories(userFiles.resolve(UUID.randomUUID().toString()));
        return Files.writeString(folder.resolve(name), content);
    }

    private EvidenceItem attach(Path file) {
        return vault.attach(EvidenceAttachment.of(refundCase.id(), file, EvidenceCategory.PURCHASE_PROOF)
                .toChecklistItem("order-screenshot"));
    }

    private List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void attachingCopiesTheFileIntoTheCaseFolderAndRecordsItsHash() throws Exception {
        Path original = userFile("订单.png", "order screenshot");

        EvidenceItem item = attach(original);

        Path stored = vault.file(item);
        assertThat(stored).startsWith(dataDir.resolve("evidence").resolve(refundCase.id().toString()));
        assertThat(Files.readString(stored)).isEqualTo("order screenshot");
        assertThat(Files.readString(original)).isEqualTo("order screenshot");
        assertThat(item.sha256()).isEqualTo(sha256("order screenshot"));
        assertThat(item.size()).isEqualTo(16);
        assertThat(item.mediaType()).isEqualTo("image/png");
        assertThat(item.originalName()).isEqualTo("订单.png");
        assertThat(item.addedAt()).isEqualTo(NOW);
        assertThat(vault.list(refundCase.id())).containsExactly(item);
    }

    @Test
    void storedFilesAreReadOnly() throws Exception {
        EvidenceItem item = attach(userFile("a.png", "x"));

        Path stored = vault.file(item);
        if (Files.getFileStore(stored).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(stored)).doesNotContain(PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        } else {
            assertThat(Files.isWritable(stored)).isFalse();
        }
    }

    @Test
    void capturedAtSourceAndFactsAreKept() throws Exception {
        Instant captured = Instant.parse("2025-03-01T02:30:00Z");
        EvidenceAttachment request = new EvidenceAttachment(refundCase.id(), userFile("bill.png", "bill"),
                EvidenceCategory.PAYMENT_STATEMENT, null, captured, "支付宝账单",
                EnumSet.of(EvidenceFact.AMOUNT, EvidenceFact.TIME), "三月账单", false);

        EvidenceItem item = vault.attach(request);

        EvidenceItem read = vault.list(refundCase.id()).get(0);
        assertThat(read).isEqualTo(item);
        assertThat(read.capturedAt()).isEqualTo(captured);
        assertThat(read.source()).isEqualTo("支付宝账单");
        assertThat(read.facts()).containsExactly(EvidenceFact.AMOUNT, EvidenceFact.TIME);
    }

    @Test
    void changingOneByteOfAStoredFileIsReportedByVerify() throws Exception {
        EvidenceItem untouched = attach(userFile("a.png", "first file"));
        EvidenceItem tampered = attach(userFile("b.png", "second file"));
        assertThat(vault.verify(refundCase.id())).isEmpty();

        Path stored = vault.file(tampered);
        stored.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(stored);
        bytes[0] ^= 1;
        Files.write(stored, bytes);

        assertThat(vault.verify(refundCase.id())).containsExactly(new EvidenceProblem(tampered, EvidenceProblem.Kind.CHANGED));
        assertThat(vault.verifyAll()).extracting(p -> p.item().originalName()).containsExactly("b.png");
        assertThat(vault.verify(refundCase.id())).noneMatch(p -> p.item().equals(untouched));
    }

    @Test
    void aMissingFileIsReportedByVerify() throws Exception {
        EvidenceItem item = attach(userFile("a.png", "x"));
        EvidenceFiles.deleteStored(vault.file(item));

        assertThat(vault.verify(refundCase.id())).containsExactly(new EvidenceProblem(item, EvidenceProblem.Kind.MISSING));
    }

    @Test
    void removingIsLoggedWithItsReasonAndTheFileCanBeRestoredFromTheTrash() throws Exception {
        EvidenceItem item = attach(userFile("a.png", "x"));
        Path stored = vault.file(item);

        vault.remove(item.id(), "截图错了");

        assertThat(vault.list(refundCase.id())).isEmpty();
        assertThat(vault.trash(refundCase.id())).containsExactly(item);
        assertThat(stored).doesNotExist();
        assertThat(filesUnder(dataDir.resolve("evidence-trash"))).hasSize(1);
        assertThat(vault.log(refundCase.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(EvidenceLogEntry.Action.REMOVED);
            assertThat(e.reason()).isEqualTo("截图错了");
            assertThat(e.at()).isEqualTo(NOW);
            assertThat(e.originalName()).isEqualTo("a.png");
            assertThat(e.sha256()).isEqualTo(item.sha256());
        });

        vault.restore(item.id());

        assertThat(vault.list(refundCase.id())).containsExactly(item);
        assertThat(vault.verify(refundCase.id())).isEmpty();
        assertThat(vault.log(refundCase.id())).extracting(EvidenceLogEntry::action)
                .containsExactly(EvidenceLogEntry.Action.REMOVED, EvidenceLogEntry.Action.RESTORED);
    }

    @Test
    void emptyingTheTrashDeletesRemovedFilesForGoodAndLogsIt() throws Exception {
        EvidenceItem kept = attach(userFile("keep.png", "keep"));
        EvidenceItem removed = attach(userFile("drop.png", "drop"));
        vault.remove(removed.id(), "重复");

        assertThat(vault.emptyTrash(refundCase.id())).isEqualTo(1);

        assertThat(vault.trash(refundCase.id())).isEmpty();
        assertThat(filesUnder(dataDir.resolve("evidence-trash"))).isEmpty();
        assertThat(vault.list(refundCase.id())).containsExactly(kept);
        assertThat(vault.log(refundCase.id())).extracting(EvidenceLogEntry::action)
                .containsExactly(EvidenceLogEntry.Action.REMOVED, EvidenceLogEntry.Action.PURGED);
        assertThatThrownBy(() -> vault.restore(removed.id())).isInstanceOf(StoreException.class);
    }

    @Test
    void removingNeedsAReason() throws Exception {
        EvidenceItem item = attach(userFile("a.png", "x"));

        assertThatThrownBy(() -> vault.remove(item.id(), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(vault.list(refundCase.id())).containsExactly(item);
        assertThat(vault.log(refundCase.id())).isEmpty();
    }

    @Test
    void chineseNamesSpacesAndTheSameNameTwiceAreAllKept() throws Exception {
        EvidenceItem first = attach(userFile("订单 截图 (1).png", "one"));
        EvidenceItem second = attach(userFile("订单 截图 (1).png", "two"));

        assertThat(first.storedName()).isNotEqualTo(second.storedName());
        assertThat(vault.list(refundCase.id())).extracting(EvidenceItem::originalName)
                .containsExactly("订单 截图 (1).png", "订单 截图 (1).png");
        assertThat(Files.readString(vault.file(first))).isEqualTo("one");
        assertThat(Files.readString(vault.file(second))).isEqualTo("two");
    }

    @Test
    void aFailedCopyLeavesNoRowAndNoFile() throws Exception {
        EvidenceVault failing = new EvidenceVault(db, Clock.systemUTC(), EvidenceVault.LARGE_FILE_BYTES, (from, to) -> {
            try (OutputStream out = Files.newOutputStream(to)) {
                out.write("half".getBytes(StandardCharsets.UTF_8));
            }
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> failing.attach(EvidenceAttachment.of(refundCase.id(), userFile("a.png", "x"),
                EvidenceCategory.PURCHASE_PROOF))).isInstanceOf(StoreException.class).hasMessageContaining("disk full");

        assertThat(vault.list(refundCase.id())).isEmpty();
        assertThat(filesUnder(dataDir.resolve("evidence"))).isEmpty();
    }

    @Test
    void aFailedRowLeavesNoOrphanFile() throws Exception {
        UUID unknownCase = UUID.randomUUID();

        assertThatThrownBy(() -> vault.attach(EvidenceAttachment.of(unknownCase, userFile("a.png", "x"),
                EvidenceCategory.PURCHASE_PROOF))).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> vault.attach(EvidenceAttachment.of(refundCase.id(), userFile("b.png", "y"),
                EvidenceCategory.PURCHASE_PROOF).toChecklistItem("x".repeat(500)))).isInstanceOf(StoreException.class);

        assertThat(filesUnder(dataDir.resolve("evidence"))).isEmpty();
        assertThat(vault.list(refundCase.id())).isEmpty();
    }

    @Test
    void aLargeFileIsKeptOnlyWithAnExplicitConfirmation() throws Exception {
        EvidenceVault smallLimit = new EvidenceVault(db, Clock.systemUTC(), 10, EvidenceFiles::copyHashing);
        Path recording = userFile("通话录音.m4a", "more than ten bytes");
        EvidenceAttachment request = EvidenceAttachment.of(refundCase.id(), recording, EvidenceCategory.COMMUNICATION);

        assertThat(smallLimit.needsLargeConfirmation(recording)).isTrue();
        assertThatThrownBy(() -> smallLimit.attach(request)).isInstanceOf(LargeEvidenceException.class);
        assertThat(filesUnder(dataDir.resolve("evidence"))).isEmpty();

        EvidenceItem kept = smallLimit.attach(request.confirmingLarge());
        assertThat(kept.mediaType()).isEqualTo("audio/mp4");
        assertThat(EvidenceVault.LARGE_FILE_BYTES).isEqualTo(50L * 1024 * 1024);
    }

    @Test
    void describingAFileChangesWhatItShowsButNeverTheFile() throws Exception {
        EvidenceItem item = attach(userFile("a.png", "x"));

        EvidenceItem described = vault.describe(item.id(), EvidenceCategory.PURCHASE_PROOF, "payment-record",
                EnumSet.of(EvidenceFact.ORDER_NUMBER), "付款页");

        assertThat(vault.list(refundCase.id())).containsExactly(described);
        assertThat(described.facts()).containsExactly(EvidenceFact.ORDER_NUMBER);
        assertThat(described.sha256()).isEqualTo(item.sha256());
        assertThat(vault.verify(refundCase.id())).isEmpty();
    }

    @Test
    void evidenceSurvivesClosingAndReopeningTheStore() throws Exception {
        EvidenceItem item = attach(userFile("a.png", "x"));
        db.close();

        db = Database.open(dataDir);
        assertThat(new EvidenceVault(db, Clock.systemUTC()).listAll()).containsEntry(refundCase.id(), List.of(item));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
