package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.CaseErasure;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.testing.SampleCases;

/** export-person (access right) and erase (erasure right) end to end, on real data folders. */
class AccessAndErasureCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);
    private static final String PHONE = "13912345678";
    private static final String NAME = "Zhao Xiaoyan";
    private static final String ORDER = "ZX20260301777";
    private static final String EVIDENCE = "EVIDENCE-OF-ZHAO-0042";

    @TempDir
    Path tmp;

    private RefundCase of(String title, String name, String phone, String order) {
        RefundCase b = SampleCases.full(title);
        return new RefundCase(UUID.randomUUID(), title, new Consumer(name, phone, "某市某路 1 号"), b.assignee(), b.tags(),
                b.platform(), new org.refunddesk.domain.Purchase(order, b.purchase().product(), b.purchase().delivery(),
                b.purchase().amount(), b.purchase().paidAt(), b.purchase().payment(), order + "P", phone,
                b.purchase().advertisedValidity()), b.problem(), b.events(), b.status(), b.redFlags(), b.assessment(),
                b.createdAt(), b.updatedAt());
    }

    /** Two cases of Zhao (one with an evidence file, one in the trash), one of someone else. */
    private Path folder() throws IOException {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir, CLOCK)) {
            RefundCase first = db.cases().create(of("第一单", NAME, PHONE, ORDER));
            db.cases().create(of("第二单", NAME, "139 1234 5678", ORDER + "B"));
            db.cases().create(of("别人的", "钱多多", "13700001111", "QT20260301888"));
            EvidenceVault vault = new EvidenceVault(db, CLOCK);
            Path shot = Files.writeString(tmp.resolve("支付截图.png"), EVIDENCE, StandardCharsets.UTF_8);
            vault.attach(EvidenceAttachment.of(first.id(), shot, EvidenceCategory.PAYMENT_STATEMENT));
            Path other = Files.writeString(tmp.resolve("聊天.txt"), EVIDENCE + "-TRASHED", StandardCharsets.UTF_8);
            var trashed = vault.attach(EvidenceAttachment.of(first.id(), other, EvidenceCategory.COMMUNICATION));
            vault.remove(trashed.id(), "重复");
        }
        return dir;
    }

    @Test
    void exportPersonWritesTheirCasesEventsDecryptedEvidenceAndAReadme() throws IOException {
        Path dir = folder();
        Path zip = tmp.resolve("zhao.zip");

        CliRun run = CliRun.of("--data-dir", dir.toString(), "export-person", "--phone", PHONE, "--out", zip.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> entries = entries(zip);
        assertThat(entries.keySet()).anyMatch(n -> n.endsWith("/evidence/支付截图.png"))
                .filteredOn(n -> n.endsWith("case.refundcase.json")).hasSize(2);
        assertThat(entries.keySet()).filteredOn(n -> n.endsWith("events.txt")).hasSize(2);
        assertThat(entries.values()).contains(EVIDENCE);
        assertThat(String.join("\n", entries.values())).doesNotContain("钱多多").contains(ORDER, ORDER + "B");
        assertThat(entries.get("README.txt")).contains(PHONE, "2 个案件", "第一单", "第二单", "证据文件");
    }

    @Test
    void exportPersonForNobodyIsBadInputInOneLine() throws IOException {
        Path dir = folder();

        CliRun run = CliRun.of("--data-dir", dir.toString(), "export-person", "--name", "无此人", "--out",
                tmp.resolve("x.zip").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1).first().asString().contains("--name");
        assertThat(tmp.resolve("x.zip")).doesNotExist();
    }

    @Test
    void eraseByPhoneLeavesNoByteOfThemInTheStoreOrVaultAndALogWithoutPersonalData() throws IOException {
        Path dir = folder();
        for (String secret : List.of(PHONE, NAME, ORDER, EVIDENCE)) { // the search finds them before
            assertThat(filesContaining(dir, secret)).as(secret).isNotEmpty();
        }

        CliRun run = CliRun.of("--data-dir", dir.toString(), "erase", "--consumer-phone", PHONE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 个案件", "2 个证据文件", "备份");
        for (String secret : List.of(PHONE, NAME, ORDER, EVIDENCE)) {
            assertThat(filesContaining(dir, secret)).as(secret).isEmpty();
        }
        try (Database db = Database.open(dir, CLOCK)) {
            assertThat(db.cases().list()).extracting(RefundCase::title).containsExactly("别人的");
            List<CaseErasure.Receipt> log = new CaseErasure(db, CLOCK).log();
            assertThat(log).singleElement().satisfies(r -> {
                assertThat(r.cases()).isEqualTo(2);
                assertThat(r.files()).isEqualTo(2);
                assertThat(r.toString()).doesNotContain(PHONE, NAME, ORDER).contains(r.id());
                assertThat(run.out()).contains(r.id());
            });
        }
    }

    @Test
    void eraseOfAnUnknownCaseIsBadInputAndChangesNothing() throws IOException {
        Path dir = folder();

        CliRun run = CliRun.of("--data-dir", dir.toString(), "erase", "--case", UUID.randomUUID().toString());
        CliRun both = CliRun.of("--data-dir", dir.toString(), "erase", "--case", UUID.randomUUID().toString(),
                "--consumer-phone", PHONE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(both.exitCode()).isEqualTo(2);
        try (Database db = Database.open(dir, CLOCK)) {
            assertThat(db.cases().list()).hasSize(3);
        }
    }

    /** Files under the data folder whose bytes contain the text (UTF-8); backups are expected to keep it. */
    private static List<Path> filesContaining(Path dir, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                if (file.startsWith(dir.resolve("backups"))) {
                    continue;
                }
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(dir.relativize(file));
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> all = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                all.put(e.getName(), out.toString(StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
