package org.refunddesk.exchange.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.rules.evidence.EvidenceTexts;
import org.refunddesk.rules.i18n.Messages;

class EvidenceBundleWriterTest {
    private static final Instant NOW = Instant.parse("2025-03-05T04:00:00Z");
    private final EvidenceChecklist checklist = EvidenceChecklist.builtIn();
    private final EvidenceBundleWriter writer = new EvidenceBundleWriter(checklist,
            new EvidenceTexts(Messages.forTag("zh"), checklist), Clock.fixed(NOW, ZoneOffset.UTC), true);
    private final RefundCase refundCase = EvidenceFixtures.refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP);
    private final Map<UUID, byte[]> contents = new HashMap<>();

    @TempDir
    Path dir;

    private EvidenceItem item(String checklistId, EvidenceCategory category, String name, String content,
                              EvidenceFact... facts) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        EvidenceItem item = new EvidenceItem(UUID.randomUUID(), refundCase.id(), category, checklistId,
                UUID.randomUUID() + ".png", name, "image/png", bytes.length, sha256(bytes), NOW.minusSeconds(60),
                NOW.minusSeconds(3600), "支付宝账单", facts.length == 0 ? null : EnumSet.of(facts[0], facts), null);
        contents.put(item.id(), bytes);
        return item;
    }

    private EvidenceBundle bundle(List<EvidenceItem> files) {
        return new EvidenceBundle(refundCase, files, new CorroborationChecker(checklist).check(refundCase, files));
    }

    private InputStream open(EvidenceItem item) {
        return new ByteArrayInputStream(contents.get(item.id()));
    }

    @Test
    void bundleHoldsTheRenamedFilesInChainOrderWithMatchingManifestHashes() throws Exception {
        List<EvidenceItem> files = List.of(
                item("not-arrived-record", EvidenceCategory.PROBLEM_PROOF, "10086 短信.png", "carrier", EvidenceFact.NOT_ARRIVED),
                item("order-screenshot", EvidenceCategory.PURCHASE_PROOF, "订单.png", "order", EvidenceFact.ORDER_NUMBER),
                item("service-chat", EvidenceCategory.COMMUNICATION, "chat.png", "chat"));
        Path target = dir.resolve("证据 包.zip");

        writer.write(bundle(files), this::open, target, EvidenceBundleWriter.Progress.NONE);

        Map<String, byte[]> entries = unzip(target);
        assertThat(entries.keySet()).containsExactly("01-购买凭证-订单截图.png", "02-问题证明-运营商未到账记录.png",
                "03-沟通记录-客服聊天记录.png", "manifest.json", "index.html");
        assertThat(new String(entries.get("01-购买凭证-订单截图.png"), StandardCharsets.UTF_8)).isEqualTo("order");
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.path("format").asText()).isEqualTo("refunddesk.evidence-bundle/1");
        assertThat(manifest.path("files")).hasSize(3).allSatisfy(f ->
                assertThat(sha256(entries.get(f.path("file").asText()))).isEqualTo(f.path("sha256").asText()));
        JsonNode first = manifest.path("files").get(0);
        assertThat(first.path("originalName").asText()).isEqualTo("订单.png");
        assertThat(first.path("category").asText()).isEqualTo("PURCHASE_PROOF");
        assertThat(first.path("shows").get(0).asText()).isEqualTo("ORDER_NUMBER");
        assertThat(first.path("capturedAt").asText()).isEqualTo("2025-03-05T11:00+08:00");
        assertThat(manifest.path("case").path("orderNo").asText()).isEqualTo("KM20250301001");
        assertThat(manifest.path("completeness").asInt()).isBetween(1, 99);
    }

    @Test
    void indexPageListsEveryFileWithItsHashTheOrderNumberAndTheDraftNote() throws Exception {
        EvidenceItem order = item("order-screenshot", EvidenceCategory.PURCHASE_PROOF, "<订单>.png", "order");
        Path target = dir.resolve("bundle.zip");

        writer.write(bundle(List.of(order)), this::open, target, EvidenceBundleWriter.Progress.NONE);

        String html = new String(unzip(target).get("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains(order.sha256(), "KM20250301001", "01-购买凭证-订单截图.png", "不构成法律意见",
                "&lt;订单&gt;.png", "没有任何一份证据能看到订单号");
        assertThat(html).doesNotContain("<订单>");
    }

    @Test
    void aStreamFailingMidwayLeavesNoPartialZipAndKeepsAnEarlierBundle() throws Exception {
        EvidenceItem big = item("order-screenshot", EvidenceCategory.PURCHASE_PROOF, "a.png", "x".repeat(300_000));
        Path target = dir.resolve("bundle.zip");
        Files.writeString(target, "the earlier bundle");

        assertThatThrownBy(() -> writer.write(bundle(List.of(big)), i -> failingAfter(open(i), 100_000), target,
                EvidenceBundleWriter.Progress.NONE)).isInstanceOf(IOException.class).hasMessage("disk unplugged");

        assertThat(Files.readString(target)).isEqualTo("the earlier bundle");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }

    @Test
    void aFileWhoseContentNoLongerMatchesItsHashIsRefusedAndNothingIsWritten() throws Exception {
        EvidenceItem order = item("order-screenshot", EvidenceCategory.PURCHASE_PROOF, "订单.png", "order");
        contents.put(order.id(), "0rder".getBytes(StandardCharsets.UTF_8));
        Path target = dir.resolve("bundle.zip");

        assertThatThrownBy(() -> writer.write(bundle(List.of(order)), this::open, target,
                EvidenceBundleWriter.Progress.NONE)).isInstanceOf(EvidenceChangedException.class).hasMessageContaining("订单.png");

        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void progressRisesToTheTotalSizeOfTheFiles() throws Exception {
        List<EvidenceItem> files = List.of(
                item("order-screenshot", EvidenceCategory.PURCHASE_PROOF, "a.png", "a".repeat(150_000)),
                item("service-chat", EvidenceCategory.COMMUNICATION, "b.png", "b".repeat(50_000)));
        List<long[]> updates = new ArrayList<>();

        writer.write(bundle(files), this::open, dir.resolve("b.zip"), (done, total) -> updates.add(new long[] {done, total}));

        assertThat(updates).hasSizeGreaterThan(2);
        assertThat(updates).extracting(u -> u[0]).isSorted();
        assertThat(updates.get(updates.size() - 1)).containsExactly(200_000, 200_000);
    }

    private static InputStream failingAfter(InputStream in, int limit) {
        return new FilterInputStream(in) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= limit) {
                    throw new IOException("disk unplugged");
                }
                int n = super.read(b, off, Math.min(len, limit - read));
                read += Math.max(n, 0);
                return n;
            }
        };
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
