package org.refunddesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

/** The same versioned save path on the embedded H2 store: two views of one case, the later save is compared. */
class TeamSavesH2Test {
    private final Clock clock = Clock.systemUTC();
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path dir;
    private Database db;
    private final List<CaseConflict> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TeamSaves client(CaseConflictResolver resolver) {
        return new TeamSaves(db.cases(), resolver, null, messages, clock);
    }

    @Test
    void aSaveFromAnOlderVersionIsComparedAndTheDecisionSavedOnceOnTop() {
        RefundCase created = db.cases().create(SampleCases.full("话费没到账"));
        long start = db.cases().findVersioned(created.id()).orElseThrow().version();
        TeamSaves first = client(c -> Optional.empty());
        TeamSaves second = client(c -> {
            asked.add(c);
            return Optional.of(new ConflictViewModel(c, messages).merge());
        });
        RefundCase one = first.find(created.id()).orElseThrow();
        RefundCase two = second.find(created.id()).orElseThrow();
        CaseEvent eventOne = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(10_000));
        CaseEvent eventTwo = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(20_000));

        first.update(ConflictField.TITLE.set(one, "第一个窗口").withEvent(eventOne));
        RefundCase saved = second.update(ConflictField.TITLE.set(two, "第二个窗口").withEvent(eventTwo));

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).mine().title()).isEqualTo("第二个窗口");
        assertThat(asked.get(0).theirs().title()).isEqualTo("第一个窗口");
        assertThat(asked.get(0).base().title()).isEqualTo("话费没到账"); // the version the second view loaded
        var stored = db.cases().findVersioned(created.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(start + 2);
        assertThat(stored.refundCase()).isEqualTo(saved);
        assertThat(saved.title()).isEqualTo("第二个窗口"); // both changed the title: the merge suggests mine
        assertThat(saved.events()).extracting(CaseEvent::id).contains(eventOne.id(), eventTwo.id());
    }

    @Test
    void successiveSavesOfOneViewNeverAsk() {
        RefundCase created = db.cases().create(SampleCases.full("流量包没到账"));
        TeamSaves only = client(c -> {
            throw new AssertionError("nothing to compare: " + c.differences());
        });
        RefundCase shown = only.find(created.id()).orElseThrow();
        for (int i = 0; i < 3; i++) {
            shown = only.update(ConflictField.TITLE.set(shown, "第 " + i + " 次"));
        }
        shown = only.appendEvent(created.id(), CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(50)));
        shown = only.update(ConflictField.TITLE.set(shown, "最后"));
        assertThat(db.cases().find(created.id()).orElseThrow().title()).isEqualTo("最后");
    }

    @Test
    void aBulkChangeMergesWhatTouchesOtherFieldsAndRefusesWhatTouchesTheSameOne() {
        RefundCase first = db.cases().create(SampleCases.full("第一件"));
        RefundCase second = db.cases().create(SampleCases.full("第二件"));
        TeamSaves helper = client(c -> Optional.empty());
        TeamSaves other = client(c -> Optional.empty());
        List<RefundCase> read = List.of(helper.find(first.id()).orElseThrow(), helper.find(second.id()).orElseThrow());

        // someone else renames the first case meanwhile: the bulk status change keeps that
        other.update(ConflictField.TITLE.set(other.find(first.id()).orElseThrow(), "别人改的名字"));
        List<RefundCase> saved = helper.updateAll(read.stream().map(c -> c.withStatus(CaseStatus.WAITING)).toList());

        assertThat(saved).extracting(RefundCase::status).containsOnly(CaseStatus.WAITING);
        assertThat(db.cases().find(first.id()).orElseThrow().title()).isEqualTo("别人改的名字");
        assertThat(db.cases().find(first.id()).orElseThrow().status()).isEqualTo(CaseStatus.WAITING);

        // now both change the status of the second case: nothing of the bulk change is saved
        List<RefundCase> again = List.of(helper.find(first.id()).orElseThrow(), helper.find(second.id()).orElseThrow());
        other.update(other.find(second.id()).orElseThrow().withStatus(CaseStatus.ESCALATED));
        long firstVersion = db.cases().findVersioned(first.id()).orElseThrow().version();

        assertThatThrownBy(() -> helper.updateAll(again.stream().map(c -> c.withStatus(CaseStatus.RESOLVED)).toList()))
                .hasMessageContaining("第二件");
        assertThat(db.cases().find(second.id()).orElseThrow().status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(db.cases().findVersioned(first.id()).orElseThrow().version()).isEqualTo(firstVersion);
    }
}
