package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;

/**
 * What every case store does, the embedded H2 file and a PostgreSQL team server alike (issue 16): one set of tests,
 * one subclass per engine. Instants are whole microseconds (PostgreSQL keeps no finer ones).
 */
abstract class CaseRepositoryContract {
    static final Instant NOW = Instant.parse("2026-03-05T08:30:00.123456Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Database db;

    /** A store for one test, empty. */
    abstract Database openStore();

    /**
     * A second client on the same store: another pool on a server; the embedded file admits one process, so there it
     * is the same store used from another thread (each client still saves its own copy of the case).
     */
    abstract Database secondClient();

    /** The same store opened again (after {@link #db} was closed). */
    abstract Database reopen();

    @BeforeEach
    void openIt() {
        db = openStore();
    }

    @AfterEach
    void closeIt() {
        db.close();
    }

    @Test
    void aCreatedCaseIsFoundWithEveryFieldIntact() {
        RefundCase original = SampleCases.full("未到账");

        RefundCase created = db.cases().create(original);

        assertThat(created).isEqualTo(original);
        assertThat(db.cases().find(original.id())).contains(original);
        assertThat(db.cases().find(UUID.randomUUID())).isEmpty();
    }

    /**
     * A running app stamps times from the system clock, to the nanosecond: PostgreSQL rounds them to the microsecond,
     * H2 keeps them. Either way the case reads back as valid (its checksum agrees), not as damaged.
     */
    @Test
    void casesStampedToTheNanosecondReadBackValid() {
        for (int nanos : new int[] {123_456_499, 123_456_500, 123_456_789, 999_999_700}) {
            Instant at = Instant.parse("2026-03-05T08:30:00Z").plusNanos(nanos);
            RefundCase original = SampleCases.full("纳秒 " + nanos).withTimestamps(at, at);
            RefundCase created = db.cases().create(original);
            RefundCase read = db.cases().find(created.id()).orElseThrow();
            assertThat(read.title()).isEqualTo(original.title());
            assertThat(Duration.between(at, read.createdAt()).abs()).isLessThan(Duration.ofNanos(1_000));

            RefundCase updated = db.cases().update(read.withEvent(CaseEvent.of(EventType.REFUND_APPLIED, at.plusNanos(777))));
            assertThat(db.cases().find(updated.id())).get().extracting(c -> c.events().size())
                    .isEqualTo(original.events().size() + 1);
        }
    }

    @Test
    void casesSurviveClosingAndReopening() {
        RefundCase full = db.cases().create(SampleCases.full("甲"));
        RefundCase minimal = db.cases().create(SampleCases.minimal("乙"));
        db.close();

        db = reopen();

        assertThat(db.cases().list()).containsExactlyInAnyOrder(full, minimal);
        assertThat(db.cases().count()).isEqualTo(2);
    }

    @Test
    void feeDisclosedIsStoredTrueFalseOrUnknown() {
        RefundCase base = SampleCases.full("手续费");
        for (Boolean disclosed : new Boolean[] {true, false, null}) {
            RefundCase c = new RefundCase(UUID.randomUUID(), base.title(), base.consumer(), base.assignee(),
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
    void listAndForEachShowNewestFirstAndCountCountsThem() {
        RefundCase old = SampleCases.minimal("旧").withTimestamps(NOW.minusSeconds(3600), null);
        RefundCase newer = SampleCases.minimal("新").withTimestamps(NOW.minusSeconds(60), null);
        db.cases().createAll(List.of(old, newer));
        int created = db.cases().createEach(each -> each.accept(SampleCases.minimal("流").withTimestamps(NOW.minusSeconds(7200), null)));

        List<String> streamed = new ArrayList<>();
        db.cases().forEach(rc -> streamed.add(rc.title()));

        assertThat(created).isEqualTo(1);
        assertThat(db.cases().list()).extracting(RefundCase::title).containsExactly("新", "旧", "流");
        assertThat(streamed).containsExactly("新", "旧", "流");
        assertThat(db.cases().count()).isEqualTo(3);
    }

    @Test
    void creatingAnExistingIdFailsAndAFailedBatchChangesNothing() {
        RefundCase existing = db.cases().create(SampleCases.full("已有"));
        RefundCase first = SampleCases.minimal("一");
        RefundCase duplicate = new RefundCase(first.id(), "重复", null, null, null, first.platform(),
                first.purchase(), first.problem(), null, null, null, null, null, null);
        RefundCase last = SampleCases.minimal("三");
        RefundCase clash = new RefundCase(existing.id(), "冒名", null, null, null, existing.platform(),
                existing.purchase(), existing.problem(), null, null, null, null, null, null);

        assertThatThrownBy(() -> db.cases().create(existing)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> db.cases().create(clash)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
        assertThat(db.cases().find(existing.id())).contains(existing);
        // a failure in the middle of a batch leaves the state before it
        assertThatThrownBy(() -> db.cases().createAll(List.of(first, duplicate, last))).isInstanceOf(StoreException.class);
        assertThat(db.cases().list()).containsExactly(existing);
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
    void updateOfAnUnknownCaseSaysSo() {
        assertThatThrownBy(() -> db.cases().update(SampleCases.minimal("无")))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void updateAllIsAllOrNothing() {
        RefundCase a = db.cases().create(SampleCases.full("甲"));
        RefundCase b = db.cases().create(SampleCases.minimal("乙"));

        assertThatThrownBy(() -> db.cases().updateAll(List.of(a.withAssignee("王"), SampleCases.minimal("无").withAssignee("王"))))
                .isInstanceOf(StoreException.class);
        assertThat(db.cases().find(a.id()).orElseThrow().assignee()).isEqualTo(a.assignee());

        List<RefundCase> updated = db.cases().updateAll(List.of(a.withAssignee("王"), b.withAssignee("王")));
        assertThat(updated).extracting(RefundCase::assignee).containsExactly("王", "王");
        assertThat(db.cases().list()).extracting(RefundCase::assignee).containsOnly("王");
    }

    @Test
    void theEventLogIsAppendOnly() {
        RefundCase stored = db.cases().create(SampleCases.full("篡改"));
        List<CaseEvent> fewer = stored.events().subList(1, stored.events().size());
        RefundCase shortened = new RefundCase(stored.id(), stored.title(), stored.consumer(), stored.assignee(),
                stored.tags(), stored.platform(), stored.purchase(), stored.problem(), fewer, stored.status(),
                stored.redFlags(), stored.assessment(), stored.createdAt(), stored.updatedAt());

        assertThatThrownBy(() -> db.cases().update(shortened)).isInstanceOf(StoreException.class)
                .hasMessageContaining("removed");
        assertThat(db.cases().find(stored.id())).contains(stored);

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
    void appendEventAddsOneEventAndRefusesTheSameTwice() {
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
    void assignAllSetsTheAssigneeOfCasesAndSummariesTogether() {
        RefundCase a = db.cases().create(SampleCases.minimal("甲"));
        RefundCase b = db.cases().create(SampleCases.minimal("乙"));

        assertThat(db.cases().assignAll(List.of(a.id(), b.id()), "赵志愿")).isEqualTo(2);

        assertThat(db.cases().list()).extracting(RefundCase::assignee).containsOnly("赵志愿");
        assertThat(db.summaries().find(List.of(a.id(), b.id()))).extracting(CaseSummary::assignee).containsOnly("赵志愿");
        assertThatThrownBy(() -> db.cases().assignAll(List.of(a.id(), UUID.randomUUID()), null))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(db.cases().find(a.id()).orElseThrow().assignee()).isEqualTo("赵志愿");
    }

    @Test
    void summariesFollowTheCases() {
        RefundCase a = db.cases().create(SampleCases.full("摘要"));
        db.cases().update(a.withStatus(CaseStatus.ESCALATED));
        db.summaries().ensureCurrent();

        CaseSummary summary = db.summaries().find(a.id()).orElseThrow();

        assertThat(summary.title()).isEqualTo("摘要");
        assertThat(summary.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(summary.tags()).containsExactly("话费", "加急");
        assertThat(db.summaries().list()).extracting(CaseSummary::id).containsExactly(a.id());
    }

    @Test
    void deleteRemovesTheCaseWithItsEventsAndSummary() {
        RefundCase stored = db.cases().create(SampleCases.full("删"));

        db.cases().delete(stored.id());

        assertThat(db.cases().find(stored.id())).isEmpty();
        assertThat(db.summaries().find(stored.id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM case_events")).isZero();
        assertThatThrownBy(() -> db.cases().delete(stored.id())).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void replaceAllSwapsEveryCaseAtOnceAndAFailureKeepsTheOldOnes() {
        RefundCase old = db.cases().create(SampleCases.full("旧的"));
        RefundCase a = SampleCases.minimal("新一");
        RefundCase twin = new RefundCase(a.id(), "新二", null, null, null, a.platform(), a.purchase(), a.problem(),
                null, null, null, null, null, null);
        assertThatThrownBy(() -> db.cases().replaceAll(List.of(a, twin))).isInstanceOf(StoreException.class);
        assertThat(db.cases().list()).containsExactly(old);
        RefundCase b = SampleCases.full("新二");

        db.cases().replaceAll(List.of(a, b));

        assertThat(db.cases().list()).extracting(RefundCase::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(db.summaries().list()).extracting(CaseSummary::id).containsExactlyInAnyOrder(a.id(), b.id());
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

    @Test
    void savedViewsAreReplacedByName() {
        SavedViews views = new SavedViews(db, clock);
        views.save("我的", org.refunddesk.rules.caseload.CaseFilterText.parse("status=NEW"));
        views.save("我的", org.refunddesk.rules.caseload.CaseFilterText.parse("status=ESCALATED"));

        assertThat(count("SELECT COUNT(*) FROM saved_view")).isEqualTo(1);
    }

    // ---- versions: no lost update (issue 16) ----

    @Test
    void everyChangeRaisesTheVersionAndASaveFromAnOlderOneIsRefused() {
        RefundCase created = db.cases().create(SampleCases.full("版本"));
        VersionedCase read = db.cases().findVersioned(created.id()).orElseThrow();

        VersionedCase saved = db.cases().update(read.refundCase().withStatus(CaseStatus.ESCALATED), read.version());
        assertThat(saved.version()).isGreaterThan(read.version());
        RefundCase afterEvent = db.cases().appendEvent(created.id(), CaseEvent.of(EventType.SUPPLEMENT_SENT, NOW, Channel.PLATFORM));
        long afterEventVersion = db.cases().findVersioned(created.id()).orElseThrow().version();
        assertThat(afterEventVersion).isGreaterThan(saved.version());

        assertThatThrownBy(() -> db.cases().update(titled(saved.refundCase(), "过时的"), saved.version()))
                .isInstanceOfSatisfying(StaleCaseException.class, stale -> {
                    assertThat(stale.caseId()).isEqualTo(created.id());
                    assertThat(stale.baseVersion()).isEqualTo(saved.version());
                    assertThat(stale.storedVersion()).isEqualTo(afterEventVersion);
                    assertThat(stale.storedCase()).isEqualTo(afterEvent);
                });
        assertThat(db.cases().find(created.id())).contains(afterEvent);
        assertThatThrownBy(() -> db.cases().update(SampleCases.minimal("无"), 1)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void twoClientsSavingTheSameCaseFromTheSameVersion_theSecondIsRefusedWithBothVersionsKept() {
        RefundCase created = db.cases().create(SampleCases.full("两人"));
        try (Closer other = new Closer(secondClient())) {
            VersionedCase mine = db.cases().findVersioned(created.id()).orElseThrow();
            VersionedCase theirs = other.db.cases().findVersioned(created.id()).orElseThrow();

            VersionedCase first = other.db.cases().update(titled(theirs.refundCase(), "他们的标题"), theirs.version());

            RefundCase myEdit = titled(mine.refundCase(), "我的标题");
            assertThatThrownBy(() -> db.cases().update(myEdit, mine.version()))
                    .isInstanceOfSatisfying(StaleCaseException.class, stale -> {
                        assertThat(stale.storedCase().title()).isEqualTo("他们的标题");
                        assertThat(stale.storedVersion()).isEqualTo(first.version());
                    });
            assertThat(db.cases().find(created.id()).orElseThrow().title()).isEqualTo("他们的标题");
            // resolving: my edit saved on top of the stored version
            VersionedCase merged = db.cases().update(titled(myEdit, "合并后"), first.version());
            assertThat(other.db.cases().find(created.id())).contains(merged.refundCase());
        }
    }

    @Test
    void eventsAppendedByTwoClientsAtOnceAreAllKept() throws Exception {
        RefundCase created = db.cases().create(SampleCases.minimal("并发"));
        int each = 15;
        try (Closer other = new Closer(secondClient())) {
            List<CaseEvent> added = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (Database client : List.of(db, other.db)) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            CaseEvent e = CaseEvent.of(EventType.SUPPLEMENT_SENT, NOW.plusSeconds(i), Channel.PLATFORM).withNote("n" + i);
                            client.cases().appendEvent(created.id(), e);
                            added.add(e);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> run : runs) {
                    run.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            RefundCase stored = db.cases().find(created.id()).orElseThrow();
            assertThat(stored.events()).hasSize(created.events().size() + 2 * each).containsAll(added);
            assertThat(other.db.cases().find(created.id())).contains(stored);
        }
    }

    /**
     * A whole case is read in several statements (row, tags, events): a read while another client appends must see
     * one version, never a row of one and events of the next (which the row's checksum would call damage).
     */
    @Test
    void aCaseReadWhileAnotherClientAppendsIsReadWhole() throws Exception {
        RefundCase created = db.cases().create(SampleCases.full("边读边写"));
        try (Closer other = new Closer(secondClient())) {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> writer = pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        other.db.cases().appendEvent(created.id(),
                                CaseEvent.of(EventType.SUPPLEMENT_SENT, NOW.plusSeconds(i), Channel.PLATFORM).withNote("w" + i));
                    }
                    return null;
                });
                int reads = 0;
                while (!writer.isDone() || reads == 0) {
                    assertThat(db.cases().find(created.id())).isPresent();
                    assertThat(db.cases().findVersioned(created.id())).isPresent();
                    reads++;
                }
                writer.get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(db.cases().find(created.id()).orElseThrow().events()).hasSize(created.events().size() + 40);
        }
    }

    static RefundCase titled(RefundCase rc, String title) {
        return new RefundCase(rc.id(), title, rc.consumer(), rc.assignee(), rc.tags(), rc.platform(), rc.purchase(),
                rc.problem(), rc.events(), rc.status(), rc.redFlags(), rc.assessment(), rc.createdAt(), rc.updatedAt());
    }

    int count(String sql) {
        return db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Closes a second client unless it is the first one. */
    final class Closer implements AutoCloseable {
        final Database db;

        Closer(Database db) {
            this.db = db;
        }

        @Override
        public void close() {
            if (db != CaseRepositoryContract.this.db) {
                db.close();
            }
        }
    }
}
