package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;

/**
 * {@link TeamTransfer}'s progress and stop between two embedded stores (the same code copies to and from the team
 * server; TeamCommandTest and TeamTransferAppTest run it against PostgreSQL): the listener hears every case, a stop
 * leaves only whole cases copied and the next run goes on from there, and a case whose copy fails is not there at all.
 */
class TeamTransferTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T08:30:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    /** Three cases, each with one evidence file of its own. */
    private List<RefundCase> threeCasesWithEvidence(Database db) throws Exception {
        List<RefundCase> cases = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            RefundCase rc = db.cases().create(SampleCases.full("案件" + i));
            Path file = Files.writeString(dir.resolve("bill" + i + ".txt"), "账单 " + i);
            new EvidenceVault(db, clock).attach(EvidenceAttachment.of(rc.id(), file, EvidenceCategory.PURCHASE_PROOF));
            cases.add(rc);
        }
        return cases;
    }

    @Test
    void theListenerHearsEachCaseAndAStopLeavesOnlyWholeCasesWhichTheNextRunCompletes() throws Exception {
        try (Database from = Database.open(dir.resolve("from"), clock);
             Database to = Database.open(dir.resolve("to"), clock)) {
            threeCasesWithEvidence(from);
            List<String> heard = new ArrayList<>();
            TeamTransfer.Result first = new TeamTransfer(clock).copy(from, to, new TeamTransfer.Listener() {
                @Override
                public void starting(int cases) {
                    heard.add("starting " + cases);
                }

                @Override
                public void caseDone(int done, int total, TeamTransfer.Result soFar) {
                    heard.add(done + "/" + total + " files " + soFar.filesCopied());
                }

                @Override
                public boolean stopRequested() {
                    return heard.size() == 3; // after two cases
                }
            });

            assertThat(heard).containsExactly("starting 3", "1/3 files 1", "2/3 files 2");
            assertThat(first).isEqualTo(new TeamTransfer.Result(2, 0, 2, 0, true));
            assertThat(to.cases().count()).isEqualTo(2);
            EvidenceVault there = new EvidenceVault(to, clock);
            for (RefundCase rc : to.cases().list()) {
                assertThat(there.list(rc.id())).as("evidence of the copied case %s", rc.title()).hasSize(1);
                assertThat(there.verify(rc.id())).isEmpty();
            }

            TeamTransfer.Result second = new TeamTransfer(clock).copy(from, to);
            assertThat(second).isEqualTo(new TeamTransfer.Result(1, 0, 1, 2, false));
            assertThat(to.cases().count()).isEqualTo(3);
            assertThat(new TeamTransfer(clock).copy(from, to)).isEqualTo(new TeamTransfer.Result(0, 0, 0, 3));
        }
    }

    @Test
    void eventsTheTargetLacksAreAppendedOnceAndItsOwnEventsKept() throws Exception {
        try (Database from = Database.open(dir.resolve("from"), clock);
             Database to = Database.open(dir.resolve("to"), clock)) {
            RefundCase rc = from.cases().create(SampleCases.full("两边都有"));
            new TeamTransfer(clock).copy(from, to);
            CaseEvent ours = SampleCases.full("x").events().get(0);
            CaseEvent theirs = SampleCases.full("y").events().get(0);
            from.cases().appendEvent(rc.id(), ours);
            to.cases().appendEvent(rc.id(), theirs);

            assertThat(new TeamTransfer(clock).copy(from, to)).isEqualTo(new TeamTransfer.Result(0, 1, 0, 0));
            assertThat(new TeamTransfer(clock).copy(from, to)).isEqualTo(new TeamTransfer.Result(0, 0, 0, 1));
            assertThat(to.cases().find(rc.id()).orElseThrow().events()).extracting(CaseEvent::id)
                    .contains(ours.id(), theirs.id()).doesNotHaveDuplicates()
                    .hasSize(rc.events().size() + 2);
        }
    }

    @Test
    void aCaseWhoseEvidenceCannotBeReadIsNotCopiedHalfAndTheCasesBeforeItStay() throws Exception {
        try (Database from = Database.open(dir.resolve("from"), clock);
             Database to = Database.open(dir.resolve("to"), clock)) {
            threeCasesWithEvidence(from);
            // the cases come newest first: the second one's file is gone from this computer
            RefundCase broken = listNewestFirst(from).get(1);
            EvidenceVault vault = new EvidenceVault(from, clock);
            EvidenceItem lost = vault.list(broken.id()).get(0);
            Files.delete(vault.file(lost));

            assertThatThrownBy(() -> new TeamTransfer(clock).copy(from, to)).isInstanceOf(RuntimeException.class);

            assertThat(to.cases().count()).isEqualTo(1);
            assertThat(to.cases().find(broken.id())).isEmpty();
        }
    }

    private static List<RefundCase> listNewestFirst(Database db) {
        List<RefundCase> seen = new ArrayList<>();
        db.cases().forEach(seen::add);
        return seen;
    }
}
