package org.refunddesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerUnreachableException;
import org.refunddesk.store.offline.EditKind;
import org.refunddesk.store.offline.OfflineQueue;
import org.refunddesk.testing.SampleCases;

/**
 * Saves while the store cannot be reached (a repository that fails as an unreachable server does, over H2): edits,
 * events and new cases wait in the queue with their base version, the views get the case as edited, and the replay
 * stores each once. A queue file that survives a restart is replayed the same way.
 */
class TeamSavesOfflineTest {
    private final Clock clock = Clock.systemUTC();
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path dir;
    private Database db;
    private boolean down;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Throwable> reported = new ArrayList<>();
    private CaseRepository flaky;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"), clock);
        CaseRepository real = db.cases();
        flaky = (CaseRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CaseRepository.class},
                (proxy, method, args) -> {
                    calls.incrementAndGet();
                    if (down) {
                        throw new ServerUnreachableException(new ServerAddress("192.0.2.1", 5432, "refunddesk", "张志愿",
                                "require"), new java.net.ConnectException("Connection refused"));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TeamSaves saves(OfflineQueue queue) {
        TeamSaves saves = new TeamSaves(flaky, conflict -> {
            throw new AssertionError("no conflict expected: " + conflict.differences());
        }, queue, messages, clock);
        saves.whenUnreachable(reported::add);
        return saves;
    }

    @Test
    void offlineEditsEventsAndNewCasesWaitWithTheirBaseAndAreStoredOnceWhenBack() {
        OfflineQueue queue = OfflineQueue.open(dir.resolve("data"), clock);
        TeamSaves saves = saves(queue);
        RefundCase stored = db.cases().create(SampleCases.full("话费没到账"));
        RefundCase shown = saves.find(stored.id()).orElseThrow();
        long base = db.cases().findVersioned(stored.id()).orElseThrow().version();
        down = true;

        RefundCase edited = saves.update(ConflictField.TITLE.set(shown, "断网时改的"));
        CaseEvent call = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(5_000));
        RefundCase withEvent = saves.appendEvent(stored.id(), call);
        RefundCase made = saves.create(SampleCases.minimal("断网时新建的"));

        assertThat(reported).isNotEmpty();
        assertThat(edited.title()).isEqualTo("断网时改的");
        assertThat(withEvent.title()).isEqualTo("断网时改的");
        assertThat(withEvent.events()).extracting(CaseEvent::id).contains(call.id());
        assertThat(saves.find(stored.id()).orElseThrow()).isEqualTo(withEvent); // the last data, with my edits
        assertThat(queue.pending()).extracting(e -> e.kind()).containsExactly(EditKind.UPDATE, EditKind.CREATE);
        assertThat(queue.pending().get(0).baseVersion()).isEqualTo(base);
        assertThat(db.cases().find(stored.id()).orElseThrow().title()).isEqualTo("话费没到账");

        // a restart: the queue file is read again
        OfflineQueue reopened = OfflineQueue.open(dir.resolve("data"), clock);
        down = false;
        TeamSaves afterRestart = saves(reopened);
        var report = new OfflineReplay(afterRestart, failure -> { }).replay();

        assertThat(report.replayed()).isEqualTo(2);
        assertThat(reopened.pending()).isEmpty();
        var now = db.cases().findVersioned(stored.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(base + 1);
        assertThat(now.refundCase().title()).isEqualTo("断网时改的");
        assertThat(now.refundCase().events()).extracting(CaseEvent::id).containsOnlyOnce(call.id());
        assertThat(db.cases().find(made.id())).isPresent();
        assertThat(db.cases().count()).isEqualTo(2);
        assertThat(new OfflineReplay(afterRestart, failure -> { }).replay().replayed()).isZero();
    }

    @Test
    void aComparisonClosedUndecidedAndACaseDeletedMeanwhileAreHeldTheRestLandsAndTheConflictCanBeResolvedLater() {
        OfflineQueue queue = OfflineQueue.open(dir.resolve("data"), clock);
        java.util.Deque<java.util.Optional<ConflictResolution>> answers = new java.util.ArrayDeque<>();
        List<String> asked = new ArrayList<>();
        TeamSaves saves = new TeamSaves(flaky, conflict -> {
            asked.add(conflict.mine().title());
            return answers.pop();
        }, queue, messages, clock);
        RefundCase contested = db.cases().create(SampleCases.full("两人同时改的"));
        RefundCase deleted = db.cases().create(SampleCases.full("别人删掉的"));
        RefundCase plain = db.cases().create(SampleCases.full("只有我改的"));
        RefundCase contestedShown = saves.find(contested.id()).orElseThrow();
        RefundCase deletedShown = saves.find(deleted.id()).orElseThrow();
        RefundCase plainShown = saves.find(plain.id()).orElseThrow();
        down = true;
        saves.update(ConflictField.TITLE.set(contestedShown, "我改的标题"));
        saves.update(deletedShown.withAssignee("张志愿"));
        saves.update(ConflictField.TITLE.set(plainShown, "只有我改的（已改）"));
        down = false;
        db.cases().update(ConflictField.TITLE.set(contested, "他改的标题"));
        db.cases().delete(deleted.id());
        OfflineReplay replay = new OfflineReplay(saves, failure -> { });

        answers.push(java.util.Optional.empty()); // the comparison is closed without a choice
        var report = replay.replay();

        assertThat(asked).containsExactly("我改的标题");
        assertThat(db.cases().find(plain.id()).orElseThrow().title()).isEqualTo("只有我改的（已改）");
        assertThat(report.held()).extracting(e -> e.hold().reason())
                .containsExactly(org.refunddesk.store.offline.HoldReason.CONFLICT,
                        org.refunddesk.store.offline.HoldReason.CASE_GONE);
        assertThat(db.cases().find(contested.id()).orElseThrow().title()).isEqualTo("他改的标题");
        assertThat(replay.replay().replayed()).as("held entries wait for the person").isZero();
        assertThat(asked).hasSize(1);

        var conflictEntry = queue.held().get(0);
        answers.push(java.util.Optional.of(new ConflictResolution(ConflictResolution.How.KEPT_MINE,
                conflictEntry.refundCase())));
        var resolved = replay.retry(conflictEntry.entryId()); // the panel's "resolve conflict"

        assertThat(asked).hasSize(2);
        assertThat(resolved.replayed()).isEqualTo(1);
        assertThat(db.cases().find(contested.id()).orElseThrow().title()).isEqualTo("我改的标题");
        assertThat(queue.pending()).singleElement().satisfies(e -> assertThat(e.caseId()).isEqualTo(deleted.id()));
    }

    @Test
    void whileTheServerIsKnownToBeGoneSavesDoNotWaitForIt() {
        OfflineQueue queue = OfflineQueue.open(dir.resolve("data"), clock);
        TeamSaves saves = saves(queue);
        RefundCase stored = db.cases().create(SampleCases.full("流量包没到账"));
        RefundCase shown = saves.find(stored.id()).orElseThrow();
        saves.offlineWhile(() -> true);
        int before = calls.get();

        saves.update(ConflictField.TITLE.set(shown, "不等服务器"));
        saves.appendEvent(stored.id(), CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(70)));

        assertThat(calls.get()).isEqualTo(before);
        assertThat(queue.pending()).hasSize(1);
        assertThat(queue.pending().get(0).refundCase().events()).hasSize(stored.events().size() + 1);
    }

    @Test
    void anEventQueuedAloneRaisesTheBaseOfALaterEditSoTheReplayDoesNotAsk() {
        OfflineQueue queue = OfflineQueue.open(dir.resolve("data"), clock);
        TeamSaves saves = saves(queue);
        RefundCase stored = db.cases().create(SampleCases.full("游戏点卡充错"));
        saves.find(stored.id()).orElseThrow();
        down = true;
        CaseEvent call = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(5_000));
        RefundCase shown = saves.appendEvent(stored.id(), call);
        saves.update(ConflictField.TITLE.set(shown, "先加事件再改标题"));
        assertThat(queue.pending()).extracting(e -> e.kind()).containsExactly(EditKind.APPEND_EVENT, EditKind.UPDATE);
        down = false;

        var report = new OfflineReplay(saves, failure -> { }).replay();

        assertThat(report.complete()).isTrue();
        RefundCase now = db.cases().find(stored.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("先加事件再改标题");
        assertThat(now.events()).extracting(CaseEvent::id).containsOnlyOnce(call.id());
    }
}
