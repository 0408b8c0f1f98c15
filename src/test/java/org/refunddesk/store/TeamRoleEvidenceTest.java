package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;

/**
 * Evidence on the team server written by a coordinator, not the owner (issue 16): row-level security lets a role
 * store a file only for an evidence row it may see, so the row goes in first, in the same transaction. Both used to
 * be refused ("new row violates row-level security policy for table evidence_blobs"); the owner's tests bypass it.
 */
class TeamRoleEvidenceTest {
    private final Clock clock = Clock.systemUTC();
    @TempDir
    Path dir;

    private ServerLogin coordinatorOnNewServer() {
        ServerLogin owner = TestPostgres.newDatabase();
        String coordinator = TestPostgres.roleName("coord");
        try (Database db = Database.openServer(owner, dir.resolve("owner"), clock, true)) {
            TestPostgres.superuserSql("postgres", "CREATE ROLE " + coordinator + " LOGIN IN ROLE " + TeamMembers.COORDINATORS);
        }
        return TestPostgres.as(owner, coordinator, "");
    }

    @Test
    void aCoordinatorAttachesEvidenceAndPushesAStoreWithEvidence() throws Exception {
        ServerLogin coordinator = coordinatorOnNewServer();
        try (Database server = Database.openServer(coordinator, dir.resolve("cache"), clock, false);
             Database local = Database.open(dir.resolve("local"), clock)) {
            RefundCase onServer = server.cases().create(SampleCases.full("服务器上的案件"));
            Path shot = Files.writeString(dir.resolve("shot.txt"), "聊天记录");
            new EvidenceVault(server, clock).attach(EvidenceAttachment.of(onServer.id(), shot, EvidenceCategory.COMMUNICATION));

            RefundCase here = local.cases().create(SampleCases.full("本机的案件"));
            Path bill = Files.writeString(dir.resolve("bill.txt"), "支付宝账单 100 元");
            new EvidenceVault(local, clock).attach(EvidenceAttachment.of(here.id(), bill, EvidenceCategory.PURCHASE_PROOF));
            assertThat(new TeamTransfer(clock).copy(local, server)).isEqualTo(new TeamTransfer.Result(1, 0, 1, 0));

            EvidenceVault vault = new EvidenceVault(server, clock);
            assertThat(vault.list(onServer.id())).hasSize(1);
            assertThat(vault.list(here.id())).hasSize(1);
            assertThat(vault.verify(here.id())).isEmpty();
        }
    }
}
