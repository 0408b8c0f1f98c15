package org.refunddesk.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;
import org.refunddesk.store.RuleSummaryProjector;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.CaseInsights;

/**
 * Home from the stored summaries (issue 14) shows exactly what planning every whole case showed: same cases, lines,
 * sections and order, over generated cases of every kind, at several moments (with stale summaries and without),
 * with and without the automatic-erasure reminder — and reads no whole case when every summary is current.
 */
class HomeItemsTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private final Messages zh = Messages.forTag("zh");
    private final MutableClock clock = new MutableClock(NOW);

    @TempDir
    Path dir;

    @Test
    void homeFromSummariesEqualsTheFullComputationOverGeneratedCases() {
        try (Database db = Database.open(dir, clock)) {
            RuleEngine engine = new RuleEngine(dir);
            db.summaries().useProjector(new RuleSummaryProjector(engine, EvidenceChecklist.builtIn()));
            db.cases().createAll(cases());
            db.summaries().ensureCurrent();
            CaseInsights planned = new CaseInsights() {
                @Override
                public CaseInsight insightFor(RefundCase refundCase, Instant now) {
                    return CaseInsight.NONE;
                }

                @Override
                public List<Deadline> deadlinesFor(RefundCase refundCase, Instant now) {
                    return engine.plan(refundCase, now, zh);
                }
            };
            HomeItems items = new HomeItems(zh, planned);
            Set<String> kinds = new TreeSet<>();
            boolean sawStale = false;
            for (Duration later : List.of(Duration.ZERO, Duration.ofHours(20), Duration.ofDays(3), Duration.ofDays(12))) {
                clock.set(NOW.plus(later));
                Instant now = clock.instant();
                sawStale |= !db.summaries().staleIds().isEmpty();
                for (int months : new int[] {0, 1}) {
                    // first with the summaries as stored (those whose deadline passed are stale: read whole)
                    List<HomeViewModel.Entry> expected = items.fromCases(db.cases().list(), now, months);
                    assertThat(items.fromSummaries(db.summaries(), db.cases(), now, months))
                            .as("at %s, erase after %d months", now, months).isEqualTo(expected);
                    expected.forEach(e -> e.lines().forEach(l -> kinds.add(l.kind().name()
                            + (e.section() == null ? " erase" : ""))));
                }
                db.summaries().ensureCurrent();
                List<String> read = new ArrayList<>();
                CaseRepository watched = watched(db.cases(), read);
                assertThat(items.fromSummaries(db.summaries(), watched, now, 1))
                        .isEqualTo(items.fromCases(db.cases().list(), now, 1));
                assertThat(read).as("whole cases read with every summary current").isEmpty();
            }
            assertThat(sawStale).as("some summaries were stale at a later moment").isTrue();
            assertThat(kinds).contains("MISSED", "SOON", "YOUR_MOVE", "STILL_POSSIBLE", "SOON erase");
        }
    }

    /** Generated cases (all kinds, 0-8 events), some resolved, some closed at times the erasure reminder falls on. */
    private static List<RefundCase> cases() {
        List<RefundCase> generated = PlanBenchmark.generate(800, new Random(42));
        List<RefundCase> cases = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            RefundCase c = generated.get(i);
            // a fifth share one opening moment: the order between them is the store's order of ids
            Instant created = i % 5 == 0 ? NOW.minus(Duration.ofDays(40)) : c.purchase().paidAt().plusSeconds(3_600);
            Instant updated = created;
            if (i % 10 == 3) {
                c = c.withStatus(CaseStatus.CLOSED);
                updated = NOW.minus(Duration.ofDays(20 + i % 17));
            } else if (i % 10 == 7) {
                c = c.withStatus(CaseStatus.RESOLVED);
            }
            cases.add(c.withTimestamps(created, updated));
        }
        return cases;
    }

    /** The repository, noting every whole-case read (list, find, forEachOf). */
    private static CaseRepository watched(CaseRepository cases, List<String> read) {
        return (CaseRepository) Proxy.newProxyInstance(CaseRepository.class.getClassLoader(),
                new Class<?>[] {CaseRepository.class}, (proxy, method, args) -> {
                    if (Set.of("list", "find", "forEachOf").contains(method.getName())) {
                        read.add(method.getName());
                    }
                    try {
                        return method.invoke(cases, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
