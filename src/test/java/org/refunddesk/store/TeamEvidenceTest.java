package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;

/**
 * Evidence in team mode (issue 16) on a real PostgreSQL: a file attached on one computer is kept in the server,
 * read and verified on another computer (its own cache folder), and a damaged server copy is reported, not used.
 */
class TeamEvidenceTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T08:30:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private ServerLogin owner;
    private Database clientA;
    private Database clientB;

    @BeforeEach
    void twoClientsOnOneServer() {
        owner = TestPostgres.newDatabase();
        Database.openServer(owner, dir.resolve("owner"), clock, true).close(); // team init
        clientA = Database.openServer(owner, dir.resolve("cache-a"), clock, false);
        clientB = Database.openServer(owner, dir.resolve("cache-b"), clock, false);
    }

    @AfterEach
    void close() {
        clientA.close();
        clientB.close();
    }

    @Test
    void aFileAttachedOnOneComputerIsReadAndVerifiedOnAnother() throws Exception {
        RefundCase rc = clientA.cases().create(SampleCases.full("两台电脑"));
        // more than one 1 MiB chunk, so the file is streamed in parts both ways
        byte[] content = new byte[2 * 1024 * 1024 + 123];
        new Random(16).nextBytes(content);
        Path original = Files.write(dir.resolve("聊天记录.png"), content);
        EvidenceItem attached = new EvidenceVault(clientA, clock)
                .attach(EvidenceAttachment.of(rc.id(), original, EvidenceCategory.COMMUNICATION));
        assertThat(attached.sha256()).isEqualTo(ServerBlobs.sha256(original));

        EvidenceVault onB = new EvidenceVault(clientB, clock);
        assertThat(onB.list(rc.id())).containsExactly(attached);
        assertThat(Files.exists(onB.file(attached))).isFalse(); // B has no copy yet: it comes from the server
        try (InputStream in = onB.open(attached)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(onB.verify(rc.id())).isEmpty();
        assertThat(Files.readAllBytes(onB.file(attached))).isEqualTo(content);
    }

    @Test
    void equalFilesAreStoredOnceOnTheServer() throws Exception {
        RefundCase rc = clientA.cases().create(SampleCases.full("同一文件"));
        Path file = Files.writeString(dir.resolve("bill.txt"), "支付宝账单 100 元");
        new EvidenceVault(clientA, clock).attach(EvidenceAttachment.of(rc.id(), file, EvidenceCategory.PURCHASE_PROOF));
        new EvidenceVault(clientB, clock).attach(EvidenceAttachment.of(rc.id(), file, EvidenceCategory.PAYMENT_STATEMENT));

        assertThat(new EvidenceVault(clientB, clock).list(rc.id())).hasSize(2);
        assertThat(blobCount()).isEqualTo(1);
    }

    @Test
    void aDamagedServerCopyIsReportedOnVerifyAndNotHandedOut() throws Exception {
        RefundCase rc = clientA.cases().create(SampleCases.full("被改动的文件"));
        Path file = Files.writeString(dir.resolve("receipt.txt"), "退款回执 第 1 版");
        EvidenceItem item = new EvidenceVault(clientA, clock)
                .attach(EvidenceAttachment.of(rc.id(), file, EvidenceCategory.REFUND_RECEIPT));
        TestPostgres.superuserSql(owner.address().database(),
                "UPDATE evidence_chunks SET bytes = convert_to('退款回执 第 2 版', 'UTF8')");

        EvidenceVault onB = new EvidenceVault(clientB, clock);
        assertThat(onB.verify(rc.id())).extracting(EvidenceProblem::kind).containsExactly(EvidenceProblem.Kind.CHANGED);
        assertThat(Files.exists(onB.file(item))).isFalse(); // nothing that failed its hash is left as the cached copy
        // A's own cached copy no longer counts: verifying reads the server's
        assertThat(new EvidenceVault(clientA, clock).verify(rc.id())).extracting(EvidenceProblem::kind)
                .containsExactly(EvidenceProblem.Kind.CHANGED);
    }

    private long blobCount() {
        return clientA.inTransaction(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM evidence_blobs")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
