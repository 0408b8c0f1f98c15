package org.refunddesk.store.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.store.SecondJvm;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testsupport.MutableClock;

class OfflineQueueTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    private final List<String> conflicts = new ArrayList<>();
    private final ConflictHandler recordConflict = (entry, refusal) -> conflicts.add(entry.caseId() + "@"
            + refusal.storedVersion());

    private OfflineQueue open() {
        return OfflineQueue.open(dir, clock);
    }

    @Test
    void queuedEditsSurviveARestartExactly() {
        OfflineQueue queue = open();
        RefundCase made = SampleCases.full("离线新建");
        RefundCase edited = SampleCases.full("离线修改").withStatus(CaseStatus.WAITING);
        CaseEvent call = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID).withNote("打了客服电话");
        QueuedEdit a = queue.enqueueCreate(made);
        clock.advance(java.time.Duration.ofMinutes(1));
        QueuedEdit b = queue.enqueueUpdate(edited, 7);
        QueuedEdit c = queue.enqueueAppendEvent(edited.id(), call);

        OfflineQueue again = open();

        assertThat(again.problems()).isEmpty();
        assertThat(again.pending()).containsExactly(a, b, c);
        assertThat(again.pending().get(1).baseVersion()).isEqualTo(7);
        assertThat(again.pending().get(0).refundCase()).isEqualTo(made);
        assertThat(again.pending().get(1).queuedAt()).isEqualTo(Instant.parse("2026-11-26T02:01:00Z"));
    }

    @Test
    void aSecondEditOfAQueuedCaseReplacesItKeepingTheFirstBase() {
        OfflineQueue queue = open();
        RefundCase first = SampleCases.full("第一次修改");
        QueuedEdit entry = queue.enqueueUpdate(first, 3);
        RefundCase second = first.withStatus(CaseStatus.ESCALATED);
        queue.enqueueUpdate(second, 4);
        queue.enqueueAppendEvent(first.id(), first.events().get(0));
        queue.enqueueAppendEvent(first.id(), first.events().get(0)); // the same event id: not queued twice

        assertThat(open().pending()).hasSize(2);
        QueuedEdit kept = open().pending().get(0);
        assertThat(kept.entryId()).isEqualTo(entry.entryId());
        assertThat(kept.baseVersion()).isEqualTo(3);
        assertThat(kept.refundCase().status()).isEqualTo(CaseStatus.ESCALATED);
    }

    @Test
    void replaySendsInOrderAndForgetsOnlyWhatTheServerConfirmed() {
        FakeTeamServer server = new FakeTeamServer();
        RefundCase stored = SampleCases.full("服务器上的案件");
        server.create(stored);
        OfflineQueue queue = open();
        RefundCase made = SampleCases.full("离线新建");
        CaseEvent note = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID).withNote("离线记的事件");
        queue.enqueueCreate(made);
        queue.enqueueAppendEvent(made.id(), note);
        queue.enqueueUpdate(stored.withStatus(CaseStatus.RESOLVED), 1);
        server.writes.clear();

        // the connection drops after the event's commit: the event is on the server, the queue still has it
        server.afterCommit = null;
        ReplayTarget flaky = new ReplayTarget() {
            @Override
            public long create(RefundCase c) {
                return server.create(c);
            }

            @Override
            public long update(RefundCase c, long base) {
                throw new org.refunddesk.store.StoreException("server unreachable");
            }

            @Override
            public void appendEvent(UUID caseId, CaseEvent event) {
                server.appendEvent(caseId, event);
            }
        };
        ReplayReport first = queue.replay(flaky, recordConflict);
        assertThat(first.replayed()).isEqualTo(2);
        assertThat(first.failure()).isPresent();
        assertThat(open().pending()).extracting(QueuedEdit::kind).containsExactly(EditKind.UPDATE);

        ReplayReport second = open().replay(server, recordConflict);
        assertThat(second.complete()).isTrue();
        assertThat(server.writes).containsExactly("create 离线新建", "event 离线记的事件", "update 服务器上的案件");
        assertThat(server.cases.get(stored.id()).status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(open().pending()).isEmpty();
        assertThat(conflicts).isEmpty();
    }

    @Test
    void replayingAgainAfterACrashBeforeTheQueueForgotCreatesNoDuplicate() {
        FakeTeamServer server = new FakeTeamServer();
        RefundCase made = SampleCases.full("只应有一份");
        CaseEvent note = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID).withNote("只应记一次");
        RefundCase stored = SampleCases.full("已有案件");
        server.create(stored);
        server.writes.clear();
        OfflineQueue queue = open();
        queue.enqueueCreate(made);
        queue.enqueueAppendEvent(made.id(), note);
        queue.enqueueUpdate(stored.withStatus(CaseStatus.CLOSED), 1);
        // every write lands on the server, but the queue never hears back (the process dies each time)
        for (int i = 0; i < 3; i++) {
            server.afterCommit = () -> {
                throw new org.refunddesk.store.StoreException("connection reset after commit");
            };
            open().replay(server, recordConflict);
        }
        ReplayReport last = open().replay(server, recordConflict);

        assertThat(last.complete()).isTrue();
        assertThat(conflicts).as("its own earlier replay is not a conflict").isEmpty();
        assertThat(server.writes).containsExactly("create 只应有一份", "event 只应记一次", "update 已有案件");
        assertThat(server.cases).hasSize(2);
        assertThat(server.events.get(made.id())).hasSize(1);
    }

    @Test
    void anUndecidedConflictIsHeldTheRestIsSentAndItIsSentOnceResolved() {
        FakeTeamServer server = new FakeTeamServer();
        RefundCase base = SampleCases.full("两人同时改");
        server.create(base);
        RefundCase theirs = base.withStatus(CaseStatus.ESCALATED);
        server.changedByOther(theirs); // version 2
        OfflineQueue queue = open();
        RefundCase mine = base.withAssignee("小李");
        QueuedEdit conflicting = queue.enqueueUpdate(mine, 1);
        RefundCase later = SampleCases.full("之后的新案件");
        queue.enqueueCreate(later);
        List<StaleCaseException> refusals = new ArrayList<>();

        ReplayReport report = queue.replay(server, (entry, refusal) -> refusals.add(refusal));

        assertThat(report.conflict()).contains(conflicting);
        assertThat(refusals).singleElement().satisfies(r -> {
            assertThat(r.storedVersion()).isEqualTo(2);
            assertThat(r.stored()).isEqualTo(theirs);
        });
        assertThat(server.cases).containsKey(later.id()); // the rest went on
        assertThat(server.cases.get(base.id())).isEqualTo(theirs); // nothing overwritten
        assertThat(open().pending()).singleElement().satisfies(e -> {
            assertThat(e.entryId()).isEqualTo(conflicting.entryId());
            assertThat(e.hold().reason()).isEqualTo(HoldReason.CONFLICT);
        });
        assertThat(open().replay(server, recordConflict).replayed()).as("held: not asked again by itself").isZero();
        assertThat(conflicts).isEmpty();

        // the person merged: my assignee, their status
        RefundCase merged = CaseConflict.of(base, mine, theirs).merge(
                CaseConflict.of(base, mine, theirs).suggestedChoices());
        OfflineQueue reopened = open();
        reopened.resolve(conflicting.entryId(), merged, refusals.get(0).storedVersion());
        ReplayReport after = open().replay(server, recordConflict);

        assertThat(after.complete()).isTrue();
        assertThat(server.cases.get(base.id()).assignee()).isEqualTo("小李");
        assertThat(server.cases.get(base.id()).status()).isEqualTo(CaseStatus.ESCALATED);
    }

    @Test
    void aConflictResolvedWhileAskedIsSentInTheSameReplay() {
        FakeTeamServer server = new FakeTeamServer();
        RefundCase base = SampleCases.full("当场解决");
        server.create(base);
        server.changedByOther(base.withStatus(CaseStatus.ESCALATED));
        OfflineQueue queue = open();
        queue.enqueueUpdate(base.withAssignee("小李"), 1);

        ReplayReport report = queue.replay(server,
                (entry, refusal) -> queue.resolve(entry.entryId(), entry.refundCase(), refusal.storedVersion()));

        assertThat(report.complete()).isTrue();
        assertThat(report.conflict()).isEmpty();
        assertThat(server.cases.get(base.id()).assignee()).isEqualTo("小李");
    }

    @Test
    void anEditOfACaseDeletedOnTheServerIsHeldAndTheRestIsSent() {
        FakeTeamServer server = new FakeTeamServer();
        RefundCase gone = SampleCases.full("服务器上已删除");
        RefundCase kept = SampleCases.full("还在的案件");
        server.create(gone);
        server.create(kept);
        OfflineQueue queue = open();
        QueuedEdit edit = queue.enqueueUpdate(gone.withStatus(CaseStatus.WAITING), 1);
        CaseEvent note = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID).withNote("删除的案件的事件");
        QueuedEdit event = queue.enqueueAppendEvent(gone.id(), note);
        queue.enqueueUpdate(kept.withStatus(CaseStatus.RESOLVED), 1);
        RefundCase made = SampleCases.full("离线新建");
        queue.enqueueCreate(made);
        server.deletedByOther(gone.id());
        server.writes.clear();
        clock.advance(java.time.Duration.ofMinutes(5));

        ReplayReport report = queue.replay(server, recordConflict);

        assertThat(report.failure()).isEmpty();
        assertThat(report.replayed()).isEqualTo(2);
        assertThat(server.writes).containsExactly("update 还在的案件", "create 离线新建");
        assertThat(report.held()).extracting(QueuedEdit::entryId).containsExactly(edit.entryId(), event.entryId());
        OfflineQueue afterRestart = open();
        assertThat(afterRestart.pending()).extracting(QueuedEdit::entryId)
                .containsExactly(edit.entryId(), event.entryId());
        assertThat(afterRestart.held()).allSatisfy(e -> {
            assertThat(e.hold().reason()).isEqualTo(HoldReason.CASE_GONE);
            assertThat(e.hold().since()).isEqualTo(Instant.parse("2026-11-26T02:05:00Z"));
        });
        assertThat(afterRestart.held().get(0).refundCase().status()).isEqualTo(CaseStatus.WAITING);

        // retried: held again, nothing written
        afterRestart.retry(edit.entryId());
        assertThat(afterRestart.pending().get(0).held()).isFalse();
        afterRestart.replay(server, recordConflict);
        assertThat(open().held()).hasSize(2);
        assertThat(server.writes).hasSize(2);
    }

    @Test
    void aDiscardedHeldEditIsGoneForGoodAndTheOthersStay() {
        FakeTeamServer server = new FakeTeamServer();
        RefundCase gone = SampleCases.full("要放弃的修改");
        server.create(gone);
        OfflineQueue queue = open();
        QueuedEdit edit = queue.enqueueUpdate(gone.withStatus(CaseStatus.WAITING), 1);
        QueuedEdit other = queue.enqueueCreate(SampleCases.full("离线时服务器不可用"));
        server.deletedByOther(gone.id());
        queue.replay(new ReplayTarget() { // the new case's create meets a server gone again
            @Override
            public long create(RefundCase c) {
                throw new org.refunddesk.store.StoreException("server unreachable");
            }

            @Override
            public long update(RefundCase c, long base) {
                return server.update(c, base);
            }

            @Override
            public void appendEvent(UUID caseId, CaseEvent event) {
                server.appendEvent(caseId, event);
            }
        }, recordConflict);
        assertThat(queue.held()).extracting(QueuedEdit::entryId).containsExactly(edit.entryId());

        open().discard(edit.entryId());

        assertThat(open().pending()).extracting(QueuedEdit::entryId).containsExactly(other.entryId());
        assertThat(open().pending().get(0).held()).isFalse();
        assertThat(open().replay(server, recordConflict).complete()).isTrue();
        assertThat(server.cases).doesNotContainKey(gone.id());
    }

    @Test
    void aHeldEditOfADeletedCaseSavedAsANewCaseTakesItsQueuedEventsAlong() {
        FakeTeamServer server = new FakeTeamServer();
        RefundCase gone = SampleCases.full("被删了但要留下");
        server.create(gone);
        OfflineQueue queue = open();
        QueuedEdit edit = queue.enqueueUpdate(gone.withStatus(CaseStatus.WAITING), 1);
        CaseEvent note = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID).withNote("离线记的电话");
        queue.enqueueAppendEvent(gone.id(), note);
        server.deletedByOther(gone.id());
        queue.replay(server, recordConflict);
        assertThat(queue.held()).hasSize(2);
        UUID newId = UUID.randomUUID();

        RefundCase made = open().saveAsNew(edit.entryId(), newId);

        assertThat(made.id()).isEqualTo(newId);
        assertThat(open().pending()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EditKind.CREATE);
            assertThat(e.held()).isFalse();
        });
        assertThat(open().replay(server, recordConflict).complete()).isTrue();
        RefundCase stored = server.cases.get(newId);
        assertThat(stored.title()).isEqualTo("被删了但要留下");
        assertThat(stored.status()).isEqualTo(CaseStatus.WAITING);
        assertThat(stored.events()).extracting(CaseEvent::note).contains("离线记的电话");
        assertThat(server.cases).doesNotContainKey(gone.id());
    }

    @Test
    void aFailureThatMayPassByItselfStillStopsTheReplayWithoutHoldingAnything() {
        OfflineQueue queue = open();
        queue.enqueueCreate(SampleCases.full("稍后再发"));
        ReplayReport report = queue.replay(new FakeTeamServer() {
            @Override
            public long create(RefundCase c) {
                throw new org.refunddesk.store.StoreException("the server is restarting");
            }
        }, recordConflict);

        assertThat(report.failure()).isPresent();
        assertThat(open().held()).isEmpty();
        assertThat(open().pending()).hasSize(1);
    }

    @Test
    void anEditMadeWhileItsCaseIsBeingSentIsNotLost() {
        FakeTeamServer server = new FakeTeamServer();
        OfflineQueue queue = open();
        RefundCase made = SampleCases.full("发送中又改了");
        queue.enqueueCreate(made);
        server.afterCommit = () -> queue.enqueueUpdate(made.withStatus(CaseStatus.WAITING), 0);

        ReplayReport report = queue.replay(server, recordConflict);

        assertThat(report.complete()).isTrue();
        assertThat(server.cases.get(made.id()).status()).isEqualTo(CaseStatus.WAITING);
        assertThat(server.versions.get(made.id())).isEqualTo(2);
    }

    @Test
    void aCutOffLastLineIsReportedAndKeptNotTakenForAnEdit() throws Exception {
        OfflineQueue queue = open();
        QueuedEdit a = queue.enqueueCreate(SampleCases.full("完整的一条"));
        Path file = dir.resolve(OfflineQueue.FILE_NAME);
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);

        OfflineQueue again = open();

        assertThat(again.pending()).containsExactly(a);
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.lineNumber()).isEqualTo(2);
            assertThat(p.lastLine()).isTrue();
            assertThat(Files.readString(p.savedCopy())).startsWith(whole).hasSizeGreaterThan(whole.length());
        });
        assertThat(open().problems()).as("reported once, the file is clean again").isEmpty();
        assertThat(open().pending()).containsExactly(a);
    }

    @Test
    void aDamagedLineInTheMiddleIsReportedAndTheOthersStillReplay() throws Exception {
        OfflineQueue queue = open();
        queue.enqueueCreate(SampleCases.full("第一条"));
        QueuedEdit b = queue.enqueueCreate(SampleCases.full("第二条"));
        Path file = dir.resolve(OfflineQueue.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[20] = (byte) (bytes[20] == 'x' ? 'y' : 'x');
        Files.write(file, bytes);

        OfflineQueue again = open();

        assertThat(again.pending()).containsExactly(b);
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.lineNumber()).isEqualTo(1);
            assertThat(p.lastLine()).isFalse();
            assertThat(p.savedCopy()).exists();
        });
    }

    /** A child JVM enqueues and prints each entry id once queued; killed (SIGKILL) at a random moment. */
    @Test
    void everyEditAcknowledgedBeforeAKillIsStillQueued() throws Exception {
        Random random = new Random(16);
        List<String> lost = new ArrayList<>();
        for (int trial = 0; trial < 6; trial++) {
            Path trialDir = dir.resolve("trial-" + trial);
            List<UUID> printed = new ArrayList<>();
            int killAfter = 1 + random.nextInt(30);
            Process child = SecondJvm.java(EnqueueAndPrint.class.getName(), trialDir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                while (printed.size() < killAfter) {
                    String line = out.readLine();
                    assertThat(line).as("the child stopped before queueing").isNotNull();
                    printed.add(UUID.fromString(line.trim()));
                }
                child.destroyForcibly(); // SIGKILL, mid-way through the next enqueue as often as not
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            OfflineQueue after = OfflineQueue.open(trialDir, clock);
            List<UUID> queued = after.pending().stream().map(QueuedEdit::entryId).toList();
            printed.stream().filter(id -> !queued.contains(id)).forEach(id -> lost.add("trial " + id));
            assertThat(after.problems()).allSatisfy(p -> assertThat(p.lastLine()).isTrue());
            assertThat(queued.subList(0, printed.size())).containsExactlyElementsOf(printed);
        }
        assertThat(lost).as("edits acknowledged as queued but gone after a kill").isEmpty();
    }
}
