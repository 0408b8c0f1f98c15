package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;

class JdbcCaseRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-05T08:30:00.123456789Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCreatedCaseIsFoundWithEveryFieldIntact() {
        RefundCase original = SampleCases.full("未到账");

        RefundCase created = db.cases().create(original);

        assertThat(created).isEqualTo(original);
        assertThat(db.cases().find(original.id())).contains(original);
    }

    @Test
    void feeDisclosedIsStoredTrueFalseOrUnknown() {
        RefundCase base = SampleCases.full("手续费");
        for (Boolean disclosed : new Boolean[] {true, false, null}) {
            RefundCase c = new RefundCase(java.util.UUID.randomUUID(), base.title(), base.consumer(), base.assignee(),
                    base.tags(), base.platform(), base.purchase(), base.problem().withFeeDisclosed(disclosed), base.events(),
                    base.status(), base.redFlags(), base.assessment(), base.createdAt(), base.updatedAt());
            db.cases().create(c);
            assertThat(db.cases().find(c.id())).map(x -> x.problem().feeDisclosed()).isEqualTo(java.util.Optional.ofNullable(disclosed));
        }
    }

    @Test
    void createStampsMissingTimestampsWithTheClock() {
        RefundCase created = db.cases().create(SampleCases.minimal("无时间"));

        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.updatedAt()).isEqualTo(NOW);
        assertThat(db.cases().find(created.id())).contains(created);
    }

    @Test
    void casesSurviveClosingAndReopeningTheDatabase() {
        RefundCase full = db.cases().create(SampleCases.full("甲"));
        RefundCase minimal = db.cases().create(SampleCases.minimal("乙"));
        db.close();

        db = Database.open(dir, clock);

        assertThat(db.cases().list()).containsExactlyInAnyOrder(full, minimal);
        assertThat(db.cases().count()).isEqualTo(2);
    }

    @Test
    void listShowsNewestFirst() {
        RefundCase old = SampleCases.minimal("旧").withTimestamps(NOW.minusSeconds(3600), null);
        RefundCase newer = SampleCases.minimal("新").withTimestamps(NOW.minusSeconds(60), null);
        db.cases().createAll(List.of(old, newer));

        assertThat(db.cases().list()).extracting(RefundCase::title).containsExactly("新", "旧");
    }

    @Test
    void creatingAnExistingIdFailsAndChangesNothing() {
        RefundCase original = db.cases().create(SampleCases.full("原件"));

        RefundCase clash = new RefundCase(original.id(), "冒名", null, null, null, original.platform(),
                original.purchase(), original.problem(), null, null, null, null, null, null);

        assertThatThrownBy(() -> db.cases().create(clash)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
        assertThat(db.cases().find(original.id())).contains(original);
    }

    @Test
    void aFailureInTheMiddleOfCreateAllLeavesThePreviousStateIntact() {
        RefundCase existing = db.cases().create(SampleCases.full("已有"));
        RefundCase first = SampleCases.minimal("一");
        RefundCase duplicate = new RefundCase(first.id(), "重复", null, null, null, first.platform(),
                first.purchase(), first.problem(), null, null, null, null, null, null);
        RefundCase last = SampleCases.minimal("三");

        assertThatThrownBy(() -> db.cases().createAll(List.of(first, duplicate, last)))
                .isInstanceOf(StoreException.class);

        assertThat(db.cases().list()).containsExactly(existing);
    }

    @Test
    void replaceAllSwapsEveryCaseAtOnceAndAFailureKeepsTheOldOnes() {
        RefundCase old = db.cases().create(SampleCases.full("旧的"));
        RefundCase a = SampleCases.minimal("新一");
        RefundCase twin = new RefundCase(a.id(), "新二", null, null, null, a.platform(), a.purchase(), a.problem(),
                null, null, null, null, null, null);

        assertThatThrownBy(() -> db.cases().replaceAll(List.of(a, twin))).isInstanceOf(StoreException.class);
        assertThat(db.cases().list()).containsExactly(old);

        RefundCase b = SampleCases.full("新三");
        db.cases().replaceAll(List.of(a, b));
        assertThat(db.cases().list()).extracting(RefundCase::id).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void updateReplacesFieldsAppendsNewEventsAndStampsUpdatedAt() {
        RefundCase stored = db.cases().create(SampleCases.full("改"));
        CaseEvent complaint = new CaseEvent(null, EventType.COMPLAINT_FILED, NOW, Channel.REGULATOR_12315, "12315-1",
                null, null, null, null, null);

        RefundCase updated = db.cases().update(stored.withStatus(CaseStatus.ESCALATED).withAssignee("李志愿")
                .withTags(List.of("升级")).withEvent(complaint));

        assertThat(updated.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(updated.assignee()).isEqualTo("李志愿");
        assertThat(updated.tags()).containsExactly("升级");
        assertThat(updated.events()).hasSize(stored.events().size() + 1).contains(complaint);
        assertThat(updated.createdAt()).isEqualTo(stored.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(NOW);
        assertThat(db.cases().find(stored.id())).contains(updated);
    }

    @Test
    void updateAllStoresEveryChangeTogether() {
        RefundCase a = db.cases().create(SampleCases.full("甲"));
        RefundCase b = db.cases().create(SampleCases.minimal("乙"));

        List<RefundCase> updated = db.cases().updateAll(List.of(a.withAssignee("王"), b.withAssignee("王")));

        assertThat(updated).extracting(RefundCase::assignee).containsExactly("王", "王");
        assertThat(db.cases().list()).extracting(RefundCase::assignee).containsOnly("王");
    }

    @Test
    void updateAllChangesNothingWhenOneCaseFails() {
        RefundCase a = db.cases().create(SampleCases.full("甲"));
        RefundCase unknown = SampleCases.minimal("不存在");

        assertThatThrownBy(() -> db.cases().updateAll(List.of(a.withAssignee("王"), unknown.withAssignee("王"))))
                .isInstanceOf(StoreException.class);

        assertThat(db.cases().find(a.id()).orElseThrow().assignee()).isEqualTo(a.assignee());
    }

    @Test
    void updateRefusesACaseWhoseStoredEventWasChanged() {
        RefundCase stored = db.cases().create(SampleCases.full("篡改"));
        List<CaseEvent> events = new ArrayList<>(stored.events());
        events.set(0, events.get(0).withNote("改过的备注"));
        RefundCase tampered = new RefundCase(stored.id(), "篡改后", stored.consumer(), stored.assignee(),
                stored.tags(), stored.platform(), stored.purchase(), stored.problem(), events, stored.status(),
                stored.redFlags(), stored.assessment(), stored.createdAt(), stored.updatedAt());

        assertThatThrownBy(() -> db.cases().update(tampered)).isInstanceOf(StoreException.class)
                .hasMessageContaining("append-only").hasMessageContaining("changed");
        assertThat(db.cases().find(stored.id())).contains(stored);
    }

    @Test
    void updateRefusesACaseWhoseStoredEventWasRemoved() {
        RefundCase stored = db.cases().create(SampleCases.full("删事件"));
        List<CaseEvent> fewer = stored.events().subList(1, stored.events().size());
        RefundCase shortened = new RefundCase(stored.id(), stored.title(), stored.consumer(), stored.assignee(),
                stored.tags(), stored.platform(), stored.purchase(), stored.problem(), fewer, stored.status(),
                stored.redFlags(), stored.assessment(), stored.createdAt(), stored.updatedAt());

        assertThatThrownBy(() -> db.cases().update(shortened)).isInstanceOf(StoreException.class)
                .hasMessageContaining("removed");
        assertThat(db.cases().find(stored.id())).contains(stored);
    }

    @Test
    void updateOfAnUnknownCaseSaysSo() {
        assertThatThrownBy(() -> db.cases().update(SampleCases.minimal("无")))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void appendEventAddsToTheLogAndKeepsTheRest() {
        RefundCase stored = db.cases().create(SampleCases.full("追加"));
        CaseEvent received = CaseEvent.of(EventType.REFUND_RECEIVED, NOW, Channel.PAYMENT_PROVIDER)
                .withAmount(new BigDecimal("100.00"));

        RefundCase after = db.cases().appendEvent(stored.id(), received);

        assertThat(after.events()).containsAll(stored.events()).contains(received).hasSize(stored.events().size() + 1);
        assertThat(after.updatedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> db.cases().appendEvent(stored.id(), received))
                .isInstanceOf(StoreException.class).hasMessageContaining("already has an event");
        assertThat(db.cases().find(stored.id())).contains(after);
    }

    @Test
    void deleteRemovesTheCaseWithItsEventsAndUnknownIdsAreReported() {
        RefundCase stored = db.cases().create(SampleCases.full("删"));

        db.cases().delete(stored.id());

        assertThat(db.cases().find(stored.id())).isEmpty();
        int events = db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM case_events")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(events).isZero();
        assertThatThrownBy(() -> db.cases().delete(stored.id())).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void inTransactionRollsBackWhenTheWorkThrows() {
        RefundCase stored = db.cases().create(SampleCases.full("回滚"));

        assertThatThrownBy(() -> db.inTransaction(c -> {
            c.createStatement().executeUpdate("DELETE FROM cases");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(db.cases().list()).containsExactly(stored);
    }
}
