package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.Assessment;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.caseload.CaseActivity;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;

/** The summary projection (issue 14): the same answers as the full computation, after every kind of change. */
class CaseSummariesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);

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
    void generatedCasesSummariseAsTheFullComputationSays() {
        List<RefundCase> cases = db.cases().createAll(PlanBenchmark.generate(400, new Random(14)));

        assertThat(db.summaries().ensureCurrent()).isZero(); // written with the cases
        List<CaseSummary> summaries = db.summaries().list();
        assertThat(summaries).hasSize(400);
        assertThat(summaries.stream().map(CaseSummary::verdict).distinct().count()).isGreaterThan(1);
        assertThat(summaries.stream().filter(s -> s.nextDeadline() != null).count()).isGreaterThan(50);
        for (RefundCase c : cases) {
            assertMatchesFullComputation(c.id());
        }
    }

    @Test
    void listIsNewestFirstLikeTheRepository() {
        db.cases().createAll(PlanBenchmark.generate(30, new Random(3)).stream()
                .map(c -> c.withTimestamps(NOW.minusSeconds(new Random(c.id().hashCode()).nextInt(99_999)), null))
                .toList());

        assertThat(db.summaries().list().stream().map(CaseSummary::id))
                .containsExactlyElementsOf(db.cases().list().stream().map(RefundCase::id).toList());
    }

    /** 200 generated cases, each created at one of four hours: many share a creation time. */
    private void createSharingCreationTimes(Random cases, Random times) {
        db.cases().createAll(PlanBenchmark.generate(200, cases).stream()
                .map(c -> c.withTimestamps(NOW.minusSeconds(times.nextInt(4) * 3600L), null))
                .toList());
    }

    @Test
    void theAgendasReadListsEachCaseWithDeadlinesInTheStoresOrder() {
        createSharingCreationTimes(new Random(24), new Random(23));
        List<CaseSummary> whole = db.summaries().list();
        List<CaseSummaries.Dated> dated = new java.util.ArrayList<>();
        db.summaries().forEachDated(dated::add);

        List<CaseSummary> withDeadlines = whole.stream().filter(s -> !s.deadlines().isEmpty()).toList();
        assertThat(withDeadlines).hasSizeGreaterThan(50);
        assertThat(dated).extracting(CaseSummaries.Dated::id)
                .containsExactlyElementsOf(withDeadlines.stream().map(CaseSummary::id).toList());
        for (int i = 0; i < dated.size(); i++) {
            assertThat(dated.get(i).deadlines()).isEqualTo(withDeadlines.get(i).deadlines());
            assertThat(dated.get(i).title()).isEqualTo(withDeadlines.get(i).title());
        }
    }

    @Test
    void theListedReadIsTheWholeReadWithoutListedDeadlinesAndRefunds() {
        // newest first, then by id as the store orders UUIDs: many cases share a creation time (read in another order
        // and sorted in memory, the list must come out as ORDER BY gives it)
        createSharingCreationTimes(new Random(21), new Random(22));
        List<CaseSummary> whole = db.summaries().list();
        List<CaseSummary> listed = new java.util.ArrayList<>();
        db.summaries().forEachListed(listed::add);

        assertThat(whole.stream().filter(s -> !s.deadlines().isEmpty())).hasSizeGreaterThan(50);
        assertThat(whole.stream().filter(s -> !s.refunds().isEmpty())).isNotEmpty();
        assertThat(listed).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            CaseSummary w = whole.get(i);
            assertThat(listed.get(i).deadlines()).isEmpty();
            assertThat(listed.get(i).refunds()).isEmpty();
            assertThat(listed.get(i)).usingRecursiveComparison().ignoringFields("deadlines", "refunds").isEqualTo(w);
        }
    }

    @Test
    void everyKindOfCaseChangeUpdatesTheSummaryInTheSameTransaction() {
        RefundCase c = db.cases().create(PlanBenchmark.generate(1, new Random(7)).get(0));
        assertMatchesFullComputation(c.id());

        RefundCase renamed = db.cases().update(c.withAssignee("张志愿").withStatus(CaseStatus.IN_PROGRESS));
        assertThat(summary(c.id()).assignee()).isEqualTo("张志愿");
        assertThat(summary(c.id()).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertMatchesFullComputation(c.id());

        CaseEvent applied = CaseEvent.of(EventType.REFUND_APPLIED, NOW.minus(Duration.ofHours(3)));
        db.cases().appendEvent(c.id(), applied);
        Deadline afterApplying = summary(c.id()).nextDeadline();
        assertMatchesFullComputation(c.id());

        db.cases().appendEvent(c.id(), new CaseEvent(null, EventType.EVENT_VOIDED, NOW.minusSeconds(60), null, null,
                null, null, "entered by mistake", applied.id(), null));
        assertMatchesFullComputation(c.id());
        assertThat(afterApplying).isNotNull();

        RefundCase tagged = db.cases().find(c.id()).orElseThrow().withTags(List.of("ＶＩＰ群"));
        db.cases().updateAll(List.of(tagged));
        assertThat(summary(c.id()).tags()).containsExactly("ＶＩＰ群");
        assertThat(summary(c.id()).searchKey()).contains("vip群");

        db.cases().delete(c.id());
        assertThat(db.summaries().find(c.id())).isEmpty();
        assertThat(renamed.id()).isEqualTo(c.id());
    }

    @Test
    void bulkAssignUpdatesCasesAndSummariesInOneBatch() {
        List<RefundCase> cases = db.cases().createAll(PlanBenchmark.generate(1_200, new Random(12)));
        List<UUID> chosen = cases.subList(100, 1_100).stream().map(RefundCase::id).toList();
        clock.set(NOW.plus(Duration.ofMinutes(5)));

        assertThat(db.cases().assignAll(chosen, "李志愿")).isEqualTo(1_000);

        assertThat(db.summaries().staleCount()).isZero(); // summaries written with the cases, same updated_at
        for (RefundCase c : cases) {
            boolean assigned = chosen.contains(c.id());
            assertThat(db.cases().find(c.id()).orElseThrow().assignee()).isEqualTo(assigned ? "李志愿" : c.assignee());
            assertThat(summary(c.id()).assignee()).isEqualTo(assigned ? "李志愿" : c.assignee());
        }
        chosen.stream().limit(60).forEach(this::assertMatchesFullComputation);
        RefundCase one = db.cases().find(chosen.get(0)).orElseThrow();
        assertThat(one.updatedAt()).isEqualTo(clock.instant());
        assertThat(one.events()).isEqualTo(cases.get(100).events());
    }

    @Test
    void bulkAssignIsAllOrNothing() {
        List<RefundCase> cases = db.cases().createAll(PlanBenchmark.generate(5, new Random(13)));
        List<UUID> ids = new java.util.ArrayList<>(cases.stream().map(RefundCase::id).toList());
        ids.add(UUID.randomUUID());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.cases().assignAll(ids, "王"))
                .isInstanceOf(CaseNotFoundException.class);

        for (RefundCase c : cases) {
            assertThat(db.cases().find(c.id()).orElseThrow().assignee()).isEqualTo(c.assignee());
            assertThat(summary(c.id()).assignee()).isEqualTo(c.assignee());
        }
    }

    @Test
    void importAndRestoreWriteSummariesForEveryCase() {
        db.cases().createAll(PlanBenchmark.generate(20, new Random(1)));
        List<RefundCase> restored = PlanBenchmark.generate(15, new Random(2));

        db.cases().replaceAll(restored);

        assertThat(db.summaries().list()).hasSize(15);
        assertThat(db.summaries().staleCount()).isZero();
        restored.forEach(c -> assertMatchesFullComputation(c.id()));
    }

    @Test
    void evidenceAddedDescribedRemovedAndRestoredChangesTheScore() throws IOException {
        RefundCase c = db.cases().create(PlanBenchmark.generate(1, new Random(9)).get(0));
        EvidenceVault vault = new EvidenceVault(db, clock);
        Path file = Files.writeString(dir.resolve("订单截图.png"), "png bytes", StandardCharsets.UTF_8);
        assertThat(summary(c.id()).evidenceScore()).isZero();

        EvidenceItem item = vault.attach(org.refunddesk.store.EvidenceAttachment.of(c.id(), file,
                EvidenceCategory.PURCHASE_PROOF));
        int withFile = summary(c.id()).evidenceScore();
        assertThat(withFile).isPositive();
        assertMatchesFullComputation(c.id());

        vault.describe(item.id(), EvidenceCategory.PURCHASE_PROOF, null,
                java.util.EnumSet.allOf(org.refunddesk.domain.EvidenceFact.class), "all shown");
        assertMatchesFullComputation(c.id());

        vault.remove(item.id(), "wrong file");
        assertThat(summary(c.id()).evidenceScore()).isZero();

        vault.restore(item.id());
        assertMatchesFullComputation(c.id());
        assertThat(summary(c.id()).evidenceScore()).isPositive();
    }

    @Test
    void aPassedDeadlineMakesTheSummaryStaleUntilRecomputed() {
        List<RefundCase> cases = db.cases().createAll(PlanBenchmark.generate(200, new Random(5)));
        Instant firstPass = db.summaries().list().stream().map(CaseSummary::recomputeAt)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElseThrow();

        clock.set(firstPass.plusSeconds(1));

        assertThat(db.summaries().staleCount()).isPositive();
        assertThat(db.summaries().ensureCurrent()).isPositive();
        assertThat(db.summaries().staleCount()).isZero();
        cases.forEach(c -> assertMatchesFullComputation(c.id()));
    }

    @Test
    void aNewerRuleBookInTheDataFolderRebuildsEverySummary() throws IOException {
        List<RefundCase> cases = db.cases().createAll(PlanBenchmark.generate(250, new Random(6)));
        String oldVersion = summary(cases.get(0).id()).version();
        db.close();
        try (InputStream in = RuleBooks.class.getResourceAsStream("/org/refunddesk/rules/rulebook.json")) {
            String book = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"version\": \"[^\"]+\"", "\"version\": \"2099.1.1\"");
            Files.writeString(dir.resolve(RuleBooks.FILE_NAME), book, StandardCharsets.UTF_8);
        }

        db = Database.open(dir, clock);

        assertThat(db.summaries().staleCount()).isEqualTo(250);
        assertThat(db.summaries().ensureCurrent()).isEqualTo(250);
        assertThat(db.summaries().list()).allSatisfy(s -> {
            assertThat(s.version()).contains("rules=2099.1.1").isNotEqualTo(oldVersion);
        });
        cases.forEach(c -> assertMatchesFullComputation(c.id()));
    }

    @Test
    void aCaseRewrittenWithoutItsSummaryIsRecomputedBeforeItIsRead() {
        RefundCase c = db.cases().create(PlanBenchmark.generate(1, new Random(11)).get(0));
        db.inTransaction(conn -> { // as a bulk restore writing rows itself would (its checksum too: none here)
            try (var ps = conn.prepareStatement("UPDATE cases SET title = ?, updated_at = ?, checksum = NULL WHERE id = ?")) {
                ps.setString(1, "改过的标题");
                Sql.setInstant(ps, 2, NOW.plusSeconds(5));
                Sql.setUuid(ps, 3, c.id());
                ps.executeUpdate();
            }
            return null;
        });

        assertThat(db.summaries().staleCount()).isEqualTo(1);
        db.summaries().ensureCurrent();
        assertThat(summary(c.id()).title()).isEqualTo("改过的标题");
        assertMatchesFullComputation(c.id());
    }

    @Test
    void aCaseWithoutItsSummaryIsFoundByTheQuickCheckAndComputed() {
        List<RefundCase> cases = PlanBenchmark.generate(3, new Random(12)).stream().map(db.cases()::create).toList();
        UUID lost = cases.get(1).id();
        db.inTransaction(conn -> { // a summary row gone (a writer that dropped it, a restore in between)
            try (var ps = conn.prepareStatement("DELETE FROM case_summaries WHERE case_id = ?")) {
                Sql.setUuid(ps, 1, lost);
                ps.executeUpdate();
            }
            return null;
        });

        assertThat(db.summaries().coverEveryCase()).isFalse();
        assertThat(db.summaries().staleCount()).isEqualTo(1);
        assertThat(db.summaries().ensureCurrent()).isEqualTo(1);
        assertThat(db.summaries().coverEveryCase()).isTrue();
        assertThat(db.summaries().staleCount()).isZero();
        assertMatchesFullComputation(lost);
    }

    private CaseSummary summary(UUID id) {
        return db.summaries().find(id).orElseThrow();
    }

    /** The stored summary against a fresh assessment, plan and evidence check of the stored case. */
    private void assertMatchesFullComputation(UUID id) {
        RefundCase c = db.cases().find(id).orElseThrow();
        RuleEngine engine = new RuleEngine(dir);
        Assessment full = engine.assess(c, clock.instant(), Messages.forTag("zh")); // the summary keeps the Chinese basis
        List<EvidenceItem> files = new EvidenceVault(db, clock).list(id);
        int score = new CorroborationChecker(EvidenceChecklist.builtIn()).check(c, files).score();
        CaseSummary s = summary(id);
        assertThat(s.verdict()).as("verdict of %s", c.title()).isEqualTo(full.verdict());
        assertThat(s.evidenceScore()).isEqualTo(score);
        assertThat(s.title()).isEqualTo(c.title());
        assertThat(s.assignee()).isEqualTo(c.assignee());
        assertThat(s.tags()).isEqualTo(c.tags());
        assertThat(s.createdAt()).isEqualTo(c.createdAt());
        Deadline expected = full.nextOpenDeadline().orElse(null);
        if (expected == null) {
            assertThat(s.nextDeadline()).isNull();
        } else {
            assertThat(s.nextDeadline()).isNotNull();
            assertThat(s.nextDeadline().rule()).isEqualTo(expected.rule());
            assertThat(s.nextDeadline().dueAt()).isEqualTo(expected.dueAt());
            assertThat(s.nextDeadline().startAt()).isEqualTo(expected.startAt());
            assertThat(s.nextDeadline().basis()).isEqualTo(expected.basis());
            assertThat(s.nextDeadline().estimate()).isEqualTo(expected.estimate());
        }
        // the agenda's and dashboard's columns: every dated open or missed deadline as the planner gives them
        List<String> planned = engine.plan(c, clock.instant(), Messages.forTag("zh")).stream()
                .filter(d -> d.dueAt() != null && (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.MISSED))
                .map(CaseSummariesTest::facts).toList();
        assertThat(s.deadlines().stream().map(CaseSummariesTest::facts).toList()).as("deadlines of %s", c.title())
                .isEqualTo(planned);
        CaseActivity activity = CaseActivity.of(c);
        assertThat(s.lastActivityAt()).isEqualTo(activity.lastActivity());
        assertThat(s.refunds()).isEqualTo(activity.refunds());
    }

    private static String facts(Deadline d) {
        return d.rule() + "/" + d.state() + "/" + d.startAt() + "/" + d.dueAt() + "/" + d.estimate() + "/"
                + d.sourceEventId();
    }
}
