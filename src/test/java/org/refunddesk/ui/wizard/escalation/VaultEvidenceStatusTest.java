package org.refunddesk.ui.wizard.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;

class VaultEvidenceStatusTest {
    @TempDir
    Path dir;

    @Test
    void aCaseWithoutFilesScoresZeroAndListsItsMissingEvidenceInWords() {
        Clock clock = Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir, clock)) {
            RefundCase c = db.cases().create(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED));

            EvidenceStatus status = new VaultEvidenceStatus(new EvidenceVault(db, clock), Messages.forTag("zh"))
                    .statusOf(c).orElseThrow();

            assertThat(status.score()).isZero();
            assertThat(status.gaps()).isNotEmpty().allSatisfy(g -> assertThat(g).isNotBlank().doesNotContain("!evidence."));
        }
    }
}
