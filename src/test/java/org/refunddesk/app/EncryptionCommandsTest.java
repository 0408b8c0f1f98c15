package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreFiles;
import org.refunddesk.testing.SampleCases;

/** encrypt / change-passphrase / decrypt and --passphrase-file on the real command line. */
class EncryptionCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    private Path data;
    private Path passphrase;
    private Path wrong;

    @BeforeEach
    void storeWithTheSampleCase() throws IOException {
        data = tmp.resolve("data");
        try (Database db = Database.open(data, CLOCK)) {
            db.cases().create(SampleCases.full("话费没到账"));
        }
        passphrase = Files.writeString(tmp.resolve("pass.txt"), "柳絮 飞过 三月 的 窗\n", StandardCharsets.UTF_8);
        wrong = Files.writeString(tmp.resolve("wrong.txt"), "not the passphrase\n", StandardCharsets.UTF_8);
    }

    private CliRun encrypt() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "encrypt", "--passphrase-file", passphrase.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void encryptLeavesNoPhoneNameOrTransactionNumberInTheDataFolderAndPrintsTheWarningAndRecoveryKey() {
        CliRun run = encrypt();

        for (String secret : StoreFiles.SAMPLE_SECRETS) {
            assertThat(StoreFiles.filesContaining(data, secret)).as(secret).isEmpty();
        }
        assertThat(run.out()).contains("无法找回").containsPattern("[A-Z2-7]{4}(-[A-Z2-7]{4}){7}");
    }

    @Test
    void everyCommandOpensTheEncryptedStoreWithThePassphraseFileOrTheVariable() {
        encrypt();

        CliRun listed = CliRun.of("--data-dir", data.toString(), "--passphrase-file", passphrase.toString(), "cases", "list");
        CliRun viaEnvironment = Launcher.passphraseFile(LaunchOptions.parse(new String[] {"cases"}), passphrase.toString())
                .equals(passphrase.toAbsolutePath()) ? listed : null;

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("话费没到账");
        assertThat(viaEnvironment).as("REFUNDDESK_PASSPHRASE_FILE names the same file").isNotNull();
    }

    @Test
    void withoutAPassphraseAnEncryptedStoreIsRefusedWithOneLine() {
        encrypt();

        CliRun run = CliRun.of("--data-dir", data.toString(), "cases", "list");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--passphrase-file").contains("REFUNDDESK_PASSPHRASE_FILE");
    }

    @Test
    void aWrongPassphraseExits2WithOneLineAndLeavesEveryFileByteIdentical() {
        encrypt();
        Map<String, List<Byte>> before = StoreFiles.snapshot(data);

        List<CliRun> runs = List.of(
                CliRun.of("--data-dir", data.toString(), "--passphrase-file", wrong.toString(), "cases", "list"),
                CliRun.of("--data-dir", data.toString(), "--passphrase-file", wrong.toString(),
                        "evidence", "verify"),
                CliRun.of("--data-dir", data.toString(), "decrypt", "--passphrase-file", wrong.toString()),
                CliRun.of("--data-dir", data.toString(), "change-passphrase", "--passphrase-file", wrong.toString(),
                        "--new-passphrase-file", passphrase.toString()));

        for (CliRun run : runs) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.errLines()).singleElement().asString().contains("口令或恢复密钥", "没有做任何更改");
        }
        assertThat(StoreFiles.snapshot(data)).isEqualTo(before);
    }

    @Test
    void theRecoveryKeyPrintedOnceOpensTheStore() throws IOException {
        String key = encrypt().out().lines().filter(l -> l.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){7}")).findFirst().orElseThrow();
        Path recovery = Files.writeString(tmp.resolve("recovery.txt"), key + "\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("--data-dir", data.toString(), "--passphrase-file", recovery.toString(), "cases", "list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("话费没到账");
    }

    @Test
    void changeThenDecryptKeepTheCaseAndTheStoreIsPlainAgain() throws IOException {
        encrypt();
        Path fresh = Files.writeString(tmp.resolve("new.txt"), "another passphrase entirely", StandardCharsets.UTF_8);

        CliRun changed = CliRun.of("--data-dir", data.toString(), "change-passphrase", "--passphrase-file",
                passphrase.toString(), "--new-passphrase-file", fresh.toString());
        CliRun oldRefused = CliRun.of("--data-dir", data.toString(), "--passphrase-file", passphrase.toString(), "cases", "list");
        CliRun decrypted = CliRun.of("--data-dir", data.toString(), "decrypt", "--passphrase-file", fresh.toString());
        CliRun plain = CliRun.of("--data-dir", data.toString(), "cases", "list");

        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(oldRefused.exitCode()).isEqualTo(2);
        assertThat(decrypted.exitCode()).as(decrypted.err()).isZero();
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("话费没到账");
    }

    @Test
    void evidenceAddedToAnEncryptedStoreVerifiesAndItsBundleHoldsThePlainFile() throws IOException {
        encrypt();
        String[] unlocked = {"--data-dir", data.toString(), "--passphrase-file", passphrase.toString()};
        String caseId = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run(unlocked, "cases", "list", "--json").out()).get(0).get("id").asText();
        byte[] screenshot = "聊天截图 王小明 13800138000".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("chat.png"), screenshot);
        Path bundle = tmp.resolve("bundle.zip");

        CliRun added = run(unlocked, "evidence", "add", caseId, file.toString(), "--category", "COMMUNICATION");
        CliRun verified = run(unlocked, "evidence", "verify");
        CliRun bundled = run(unlocked, "evidence", "bundle", caseId, "--out", bundle.toString());

        assertThat(List.of(added, verified, bundled)).allSatisfy(r -> assertThat(r.exitCode()).as(r.err()).isZero());
        assertThat(StoreFiles.filesContaining(data, "13800138000")).isEmpty();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundle.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith(".png")).findFirst().orElseThrow();
            assertThat(zip.getInputStream(entry).readAllBytes()).isEqualTo(screenshot);
        }
    }

    @Test
    void aFullBackupOfAnEncryptedStoreIsSealedAndRestoresElsewhereWithThePassphraseOnly() throws IOException {
        encrypt();
        String[] unlocked = {"--data-dir", data.toString(), "--passphrase-file", passphrase.toString()};
        String caseId = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run(unlocked, "cases", "list", "--json").out()).get(0).get("id").asText();
        Path file = Files.write(tmp.resolve("chat.png"), "聊天截图 王小明 13800138000".getBytes(StandardCharsets.UTF_8));
        assertThat(run(unlocked, "evidence", "add", caseId, file.toString(), "--category", "COMMUNICATION").exitCode()).isZero();
        Path backup = tmp.resolve("usb").resolve("all.rdbackup");
        Files.createDirectories(backup.getParent());

        CliRun saved = run(unlocked, "backup", "--out", backup.toString());

        assertThat(saved.exitCode()).as(saved.err()).isZero();
        for (String secret : StoreFiles.SAMPLE_SECRETS) {
            assertThat(StoreFiles.filesContaining(backup.getParent(), secret)).as(secret).isEmpty();
        }
        Path elsewhere = tmp.resolve("elsewhere");
        CliRun refused = CliRun.of("--data-dir", elsewhere.toString(), "--passphrase-file", wrong.toString(),
                "restore", backup.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()).singleElement();

        CliRun restored = CliRun.of("--data-dir", elsewhere.toString(), "--passphrase-file", passphrase.toString(),
                "restore", backup.toString());
        CliRun listed = CliRun.of("--data-dir", elsewhere.toString(), "cases", "list");
        CliRun verified = CliRun.of("--data-dir", elsewhere.toString(), "evidence", "verify");

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(listed.out()).contains("话费没到账");
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(StoreFiles.filesContaining(elsewhere, "13800138000")).as("restored into a plain store").isNotEmpty();
    }

    private static CliRun run(String[] global, String... command) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(global), java.util.Arrays.stream(command))
                .toArray(String[]::new);
        return CliRun.of(all);
    }

    @Test
    void aShortNewPassphraseIsRefusedAndNothingIsEncrypted() throws IOException {
        Path shortOne = Files.writeString(tmp.resolve("short.txt"), "1234567", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("--data-dir", data.toString(), "encrypt", "--passphrase-file", shortOne.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--passphrase-file");
        assertThat(data.resolve("refunddesk.keys")).doesNotExist();
    }
}
