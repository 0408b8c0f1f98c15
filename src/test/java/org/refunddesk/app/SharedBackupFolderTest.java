package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.AutoBackups;
import org.refunddesk.cli.BackupCommand;
import org.refunddesk.cli.Cli;
import org.refunddesk.cli.CliContext;
import org.refunddesk.cli.RecoverCommand;
import org.refunddesk.cli.RestoreCommand;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

/**
 * Two data folders whose automatic backups go to one shared folder (设置 → 自动备份文件夹 is a user setting): each
 * store's identity (V20, in every backup's manifest) keeps recover and the rotation to that store's own backups.
 */
class SharedBackupFolderTest {
    private static final Instant MONDAY = Instant.parse("2026-11-02T02:00:00Z");

    @TempDir
    Path tmp;
    private Path shared;
    private Path storeA;
    private Path storeB;
    private UUID a1;
    private UUID a2;

    @BeforeEach
    void twoStores() {
        shared = tmp.resolve("shared backups");
        storeA = tmp.resolve("A");
        storeB = tmp.resolve("B");
        try (Database db = Database.open(storeA, Clock.fixed(MONDAY, ZoneOffset.UTC))) {
            a1 = db.cases().create(SampleCases.full("A 的第一个案件")).id();
            a2 = db.cases().create(SampleCases.full("A 的第二个案件")).id();
        }
        try (Database db = Database.open(storeB, Clock.fixed(MONDAY, ZoneOffset.UTC))) {
            db.cases().create(SampleCases.full("B 的案件"));
        }
    }

    private record Run(int code, String out) {
    }

    private Run cli(Path data, Instant at, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliContext context = new CliContext(data, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.fixed(at, ZoneOffset.UTC),
                Messages.forTag("en"), null);
        java.util.function.Supplier<Map<String, String>> settings = () -> Map.of(AutoBackups.FOLDER_SETTING, shared.toString());
        int code = new Cli(List.of(new BackupCommand(settings), new RecoverCommand(settings), new RestoreCommand(settings)))
                .run(args, context);
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    private static void damagePlatform(Path data, UUID id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("refunddesk"), "refunddesk", "");
             PreparedStatement ps = c.prepareStatement("UPDATE cases SET platform_model = '蓝海卡盟' WHERE id = ?")) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isOne();
        }
    }

    private static UUID storeId(Path data) {
        try (Database db = Database.open(data)) {
            return db.identity().id().orElseThrow();
        }
    }

    private static List<String> titles(Path data) {
        try (Database db = Database.open(data)) {
            return db.cases().list().stream().map(RefundCase::title).toList();
        }
    }

    @Test
    void everyStoreHasItsOwnIdentityWrittenOnceAndNamedInItsBackups() throws IOException {
        UUID a = storeId(storeA);
        assertThat(storeId(storeA)).as("written once: the same on every open").isEqualTo(a);
        assertThat(storeId(storeB)).isNotEqualTo(a);

        assertThat(cli(storeA, MONDAY, "backup", "--auto").code()).isZero();

        Path written = AutoBackups.latest(shared).orElseThrow().file();
        assertThat(written.getFileName().toString()).contains(org.refunddesk.store.StoreIdentity.tag(a));
        assertThat(org.refunddesk.exchange.FullBackupReader.storeId(written, org.refunddesk.exchange.BackupCipher.NONE))
                .contains(a);
    }

    @Test
    void recoverTakesTheNewestBackupOfItsOwnStoreNotTheNewerOneOfAnotherDataFolder() throws Exception {
        assertThat(cli(storeA, MONDAY, "backup", "--auto").code()).isZero();
        assertThat(cli(storeB, MONDAY.plusSeconds(3600), "backup", "--auto").code()).isZero(); // newest in the folder
        damagePlatform(storeA, a2);
        Path out = tmp.resolve("recovered");

        Run recover = cli(storeA, MONDAY.plusSeconds(7200), "recover", "--out", out.toString());

        assertThat(recover.code()).as(recover.out()).isZero();
        assertThat(recover.out()).contains("Brought back from the backup: " + a2 + " \"A 的第二个案件\"")
                .doesNotContain("B 的案件").contains("0 lost");
        assertThat(titles(out)).containsExactlyInAnyOrder("A 的第一个案件", "A 的第二个案件");
        assertThat(storeId(out)).as("the rebuilt store is the same store").isEqualTo(storeId(storeA));
    }

    @Test
    void whenTheSharedFolderHoldsOnlyAnotherStoresBackupsRecoverSaysSoAndUsesNone() throws Exception {
        assertThat(cli(storeB, MONDAY, "backup", "--auto").code()).isZero();
        damagePlatform(storeA, a2);
        Path out = tmp.resolve("recovered");

        Run recover = cli(storeA, MONDAY.plusSeconds(3600), "recover", "--out", out.toString());

        assertThat(recover.code()).as(recover.out()).isEqualTo(3);
        assertThat(recover.out()).contains("1 automatic backups in the backup folder " + shared
                        + " belong to other data folders and were not used")
                .contains("LOST: " + a2 + " \"A 的第二个案件\"");
        assertThat(titles(out)).containsExactly("A 的第一个案件");
        assertThat(a1).isNotNull();
    }

    @Test
    void aBackupNamedAsThisStoresButWhoseManifestNamesAnotherIsNotUsed() throws Exception {
        assertThat(cli(storeB, MONDAY, "backup", "--auto").code()).isZero();
        Path bs = AutoBackups.latest(shared).orElseThrow().file();
        String disguised = bs.getFileName().toString().replace(
                org.refunddesk.store.StoreIdentity.tag(storeId(storeB)), org.refunddesk.store.StoreIdentity.tag(storeId(storeA)));
        Files.move(bs, bs.resolveSibling(disguised));
        damagePlatform(storeA, a2);

        Run recover = cli(storeA, MONDAY.plusSeconds(3600), "recover", "--out", tmp.resolve("recovered").toString());

        assertThat(recover.code()).isEqualTo(3);
        assertThat(recover.out()).contains("its manifest says it belongs to another store: not used");
        assertThat(titles(tmp.resolve("recovered"))).doesNotContain("B 的案件");
    }

    @Test
    void theRotationInASharedFolderDeletesOnlyThisStoresOwnOldBackups() {
        assertThat(cli(storeB, MONDAY, "backup", "--auto").code()).isZero();
        Path bs = AutoBackups.latest(shared).orElseThrow().file();
        for (int day = 1; day <= 40; day++) {
            assertThat(cli(storeA, MONDAY.plusSeconds(86_400L * day), "backup", "--auto").code()).isZero();
        }

        assertThat(bs).as("store B's only backup, 40 days older than A's newest").exists();
        try (Database a = Database.open(storeA); Database b = Database.open(storeB)) {
            assertThat(AutoBackups.latest(shared, AutoBackups.Owner.of(b, shared))).map(AutoBackups.Found::file).contains(bs);
            assertThat(AutoBackups.latest(shared, AutoBackups.Owner.of(a, shared))).map(AutoBackups.Found::file)
                    .hasValueSatisfying(f -> assertThat(f.getFileName().toString()).startsWith("auto-20261212-"));
        }
    }

    @Test
    void aStoreRestoredIntoAFreshFolderIsTheSameStoreAndOneWithCasesKeepsItsOwnIdentity() throws IOException {
        Path file = tmp.resolve("a.rdbackup");
        assertThat(cli(storeA, MONDAY, "backup", "--out", file.toString()).code()).isZero();
        UUID b = storeId(storeB);

        assertThat(cli(tmp.resolve("fresh"), MONDAY, "restore", file.toString()).code()).isZero();
        assertThat(cli(storeB, MONDAY, "restore", file.toString(), "--merge").code()).isZero();

        assertThat(storeId(tmp.resolve("fresh"))).isEqualTo(storeId(storeA));
        assertThat(storeId(storeB)).isEqualTo(b);
    }
}
