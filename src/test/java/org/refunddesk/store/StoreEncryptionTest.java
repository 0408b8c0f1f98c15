package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.crypto.EvidenceCipher;
import org.refunddesk.store.crypto.KdfParams;
import org.refunddesk.store.crypto.StoreKey;
import org.refunddesk.testing.SampleCases;

class StoreEncryptionTest {
    /** Cheap Argon2id for tests; the real cost is tuned when a user encrypts. */
    static final KdfParams CHEAP = new KdfParams(8 * 1024, 1, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T03:00:00Z"), ZoneOffset.UTC);
    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    /** A chat screenshot stand-in larger than one cipher segment, full of the consumer's details. */
    private static final String CHAT = "客服聊天记录 王小明 13800138000 订单 KM20260302001 支付 2026030222001\n".repeat(3000);

    @TempDir
    Path dir;
    private RefundCase sample;
    private EvidenceItem chat;
    private EvidenceItem trashed;

    @BeforeEach
    void storeWithACaseAndEvidence() throws IOException {
        Path upload = dir.resolveSibling(dir.getFileName() + "-upload");
        Files.createDirectories(upload);
        Files.writeString(upload.resolve("chat.txt"), CHAT, StandardCharsets.UTF_8);
        Files.writeString(upload.resolve("old.txt"), "王小明 13800138000", StandardCharsets.UTF_8);
        try (Database db = Database.open(dir, CLOCK)) {
            sample = db.cases().create(SampleCases.full("话费没到账"));
            EvidenceVault vault = new EvidenceVault(db, CLOCK);
            chat = vault.attach(EvidenceAttachment.of(sample.id(), upload.resolve("chat.txt"), EvidenceCategory.COMMUNICATION));
            trashed = vault.attach(EvidenceAttachment.of(sample.id(), upload.resolve("old.txt"), EvidenceCategory.COMMUNICATION));
            vault.remove(trashed.id(), "重复");
        }
    }

    @Test
    void thePlainStoreShowsThePersonalDataSoTheSearchBelowCanFindIt() {
        for (String secret : StoreFiles.SAMPLE_SECRETS) {
            assertThat(StoreFiles.filesContaining(dir, secret)).as(secret).contains(Path.of("refunddesk.mv.db"));
        }
    }

    @Test
    void anEncryptedStoreHoldsNoneOfTheNamesPhonesOrTransactionNumbersInAnyFile() {
        StoreEncryption.Encrypted done = new StoreEncryption(dir, CLOCK).encrypt(PASSPHRASE, CHEAP, true);

        assertThat(done.evidenceFiles()).isEqualTo(2);
        for (String secret : StoreFiles.SAMPLE_SECRETS) {
            assertThat(StoreFiles.filesContaining(dir, secret)).as(secret).isEmpty();
        }
        assertThat(dir.resolve("backups")).as("the plain safety copy is gone once the encrypted store checks out")
                .isEmptyDirectory();
    }

    @Test
    void theEncryptedStoreOpensWithThePassphraseAndItsEvidenceStillVerifies() throws IOException {
        new StoreEncryption(dir, CLOCK).encrypt(PASSPHRASE, CHEAP, false);

        StoreKey key = StoreEncryption.unlock(dir, PASSPHRASE);
        try (Database db = Database.open(dir, CLOCK, key)) {
            assertThat(db.cases().list()).containsExactly(sample);
            EvidenceVault vault = new EvidenceVault(db, CLOCK);
            assertThat(vault.verifyAll()).isEmpty();
            assertThat(EvidenceCipher.isEncrypted(vault.file(chat))).isTrue();
            try (InputStream in = vault.open(chat)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CHAT);
            }
            assertThat(vault.list(sample.id())).singleElement().extracting(EvidenceItem::sha256).isEqualTo(chat.sha256());
        }
    }

    @Test
    void anEncryptedStoreIsNotOpenedWithoutItsKeyAndAWrongPassphraseChangesNothing() {
        new StoreEncryption(dir, CLOCK).encrypt(PASSPHRASE, CHEAP, false);
        Map<String, List<Byte>> before = StoreFiles.snapshot(dir);

        assertThatThrownBy(() -> Database.open(dir, CLOCK)).isInstanceOf(StoreEncryptedException.class);
        assertThatThrownBy(() -> StoreEncryption.unlock(dir, "wrong horse".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> new StoreEncryption(dir, CLOCK).decrypt("wrong horse".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);

        assertThat(StoreFiles.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void evidenceAddedToAnEncryptedStoreIsSealedAndKeepsThePlainHash() throws IOException {
        new StoreEncryption(dir, CLOCK).encrypt(PASSPHRASE, CHEAP, false);
        Path upload = dir.resolveSibling(dir.getFileName() + "-upload").resolve("receipt.txt");
        Files.writeString(upload, "退款回单 王小明 13800138000", StandardCharsets.UTF_8);
        try (Database db = Database.open(dir, CLOCK, StoreEncryption.unlock(dir, PASSPHRASE))) {
            EvidenceVault vault = new EvidenceVault(db, CLOCK);
            EvidenceItem added = vault.attach(EvidenceAttachment.of(sample.id(), upload, EvidenceCategory.REFUND_RECEIPT));

            assertThat(added.sha256()).isEqualTo(EvidenceFiles.hash(upload));
            assertThat(added.size()).isEqualTo(Files.size(upload));
            assertThat(StoreFiles.filesContaining(dir, "13800138000")).isEmpty();
            assertThat(vault.verify(sample.id())).isEmpty();
        }
    }

    @Test
    void aChangedByteInASealedEvidenceFileIsReportedAsChanged() throws IOException {
        new StoreEncryption(dir, CLOCK).encrypt(PASSPHRASE, CHEAP, false);
        try (Database db = Database.open(dir, CLOCK, StoreEncryption.unlock(dir, PASSPHRASE))) {
            EvidenceVault vault = new EvidenceVault(db, CLOCK);
            Path file = vault.file(chat);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length - 40] ^= 1;
            file.toFile().setWritable(true);
            Files.write(file, bytes);

            assertThat(vault.verify(sample.id())).singleElement()
                    .extracting(EvidenceProblem::kind).isEqualTo(EvidenceProblem.Kind.CHANGED);
        }
    }

    @Test
    void theRecoveryKeyOpensTheStore() {
        StoreEncryption.Encrypted done = new StoreEncryption(dir, CLOCK).encrypt(PASSPHRASE, CHEAP, true);

        StoreKey byRecovery = StoreEncryption.unlock(dir, done.recoveryKey().text().toLowerCase().toCharArray());

        assertThat(byRecovery).isEqualTo(StoreEncryption.unlock(dir, PASSPHRASE));
        try (Database db = Database.open(dir, CLOCK, byRecovery)) {
            assertThat(db.cases().list()).containsExactly(sample);
        }
    }

    @Test
    void changingThePassphraseKeepsEveryCaseAndFileAndTheOldOneStopsWorking() {
        StoreEncryption.Encrypted done = new StoreEncryption(dir, CLOCK).encrypt(PASSPHRASE, CHEAP, true);
        char[] fresh = "a new and longer one".toCharArray();

        Path backup = new StoreEncryption(dir, CLOCK).changePassphrase(PASSPHRASE, fresh, CHEAP);

        assertThat(backup).exists();
        assertThatThrownBy(() -> StoreEncryption.unlock(dir, PASSPHRASE)).isInstanceOf(WrongPassphraseException.class);
        StoreKey key = StoreEncryption.unlock(dir, fresh);
        assertThat(StoreEncryption.unlock(dir, done.recoveryKey().text().toCharArray())).isEqualTo(key);
        try (Database db = Database.open(dir, CLOCK, key)) {
            assertThat(db.cases().list()).containsExactly(sample);
            assertThat(new EvidenceVault(db, CLOCK).verifyAll()).isEmpty();
        }
    }

    @Test
    void removingTheEncryptionKeepsEveryCaseAndFileAsPlainFiles() throws IOException {
        new StoreEncryption(dir, CLOCK).encrypt(PASSPHRASE, CHEAP, false);

        Path backup = new StoreEncryption(dir, CLOCK).decrypt(PASSPHRASE);

        assertThat(dir.resolve("refunddesk.keys")).doesNotExist();
        assertThat(backup.resolve("refunddesk.keys")).exists();
        try (Database db = Database.open(dir, CLOCK)) {
            assertThat(db.cases().list()).containsExactly(sample);
            EvidenceVault vault = new EvidenceVault(db, CLOCK);
            assertThat(vault.verifyAll()).isEmpty();
            assertThat(Files.readString(vault.file(chat), StandardCharsets.UTF_8)).isEqualTo(CHAT);
            vault.restore(trashed.id());
            assertThat(vault.verify(sample.id())).isEmpty();
        }
        assertThat(StoreFiles.filesContaining(dir, "13800138000", "backups")).isNotEmpty();
    }
}
