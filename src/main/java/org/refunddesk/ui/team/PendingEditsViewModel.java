package org.refunddesk.ui.team;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.rules.conflict.ConflictValueText;
import org.refunddesk.rules.conflict.FieldDifference;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.VersionedCase;
import org.refunddesk.store.offline.EditKind;
import org.refunddesk.store.offline.HoldReason;
import org.refunddesk.store.offline.OfflineQueue;
import org.refunddesk.store.offline.QueuedEdit;
import org.refunddesk.ui.dialog.DialogService;

/**
 * The "unsynced changes" panel: every edit still in the offline queue, in words (the case, what the edit was, when,
 * why it waits), with the ways out for one the replay could not apply: discard it (after saying what is lost), try
 * again, resolve the conflict, or keep an edit of a case deleted on the server as a new case. The actions run on
 * the team session's worker (the queue's file and the server are I/O); {@link #refresh} reads the queue in memory
 * and runs on the FX thread.
 */
public final class PendingEditsViewModel {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int FIELDS_NAMED = 4;

    /** What the session does for the panel, on its worker thread. */
    public interface Actions {
        void discard(UUID entryId);

        /** Sends the held entry again with the rest (a conflict opens the comparison). */
        void retry(UUID entryId);

        /** Returns the new case's title. */
        String saveAsNew(UUID entryId);
    }

    /** One queued edit as shown. */
    public record Row(UUID entryId, String caseTitle, String what, String when, String why, boolean held,
                      boolean canRetry, boolean canResolve, boolean canSaveAsNew) {
    }

    private final OfflineQueue queue;
    private final KnownVersions known;
    private final Messages messages;
    private final DialogService dialogs;
    private final Executor worker;
    private final Executor fxThread;
    private final Actions actions;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper heldCount = new ReadOnlyIntegerWrapper(this, "heldCount");
    private final ReadOnlyIntegerWrapper pendingCount = new ReadOnlyIntegerWrapper(this, "pendingCount");
    private final ReadOnlyStringWrapper heldMessage = new ReadOnlyStringWrapper(this, "heldMessage", "");
    private final ReadOnlyIntegerWrapper busy = new ReadOnlyIntegerWrapper(this, "busy");

    public PendingEditsViewModel(TeamSaves saves, Messages messages, DialogService dialogs, Executor worker,
                                 Executor fxThread, Actions actions) {
        this.queue = saves.queue().orElseThrow(() -> new IllegalArgumentException("no offline queue"));
        this.known = saves.known();
        this.messages = messages;
        this.dialogs = dialogs;
        this.worker = worker;
        this.fxThread = fxThread;
        this.actions = actions;
        refresh();
    }

    /** Reads the queue again (in memory). FX thread. */
    public void refresh() {
        List<Row> now = new ArrayList<>();
        for (QueuedEdit entry : queue.pending()) {
            now.add(row(entry));
        }
        rows.setAll(now);
        int held = (int) now.stream().filter(Row::held).count();
        heldCount.set(held);
        pendingCount.set(now.size());
        heldMessage.set(held == 0 ? "" : messages.get("teamqueue.banner.held", held));
    }

    private Row row(QueuedEdit entry) {
        HoldReason reason = entry.held() ? entry.hold().reason() : null;
        String why = reason == null ? messages.get("teamqueue.why.waiting") : switch (reason) {
            case CASE_GONE -> messages.get("teamqueue.why.caseGone");
            case CONFLICT -> messages.get("teamqueue.why.conflict");
            case REFUSED -> messages.get("teamqueue.why.refused", entry.hold().detail() == null ? ""
                    : entry.hold().detail());
        };
        return new Row(entry.entryId(), title(entry), what(entry),
                messages.get("teamqueue.when", WHEN.format(entry.queuedAt().atZone(SHANGHAI))), why, reason != null,
                reason == HoldReason.CASE_GONE || reason == HoldReason.REFUSED, reason == HoldReason.CONFLICT,
                reason == HoldReason.CASE_GONE && entry.refundCase() != null);
    }

    private String title(QueuedEdit entry) {
        RefundCase c = entry.refundCase() != null ? entry.refundCase()
                : known.latest(entry.caseId()).map(VersionedCase::refundCase).orElse(null);
        if (c == null) {
            return messages.get("teamqueue.unknownCase");
        }
        return c.title() == null || c.title().isBlank() ? messages.get("teamqueue.untitled") : c.title();
    }

    private String what(QueuedEdit entry) {
        if (entry.kind() == EditKind.CREATE) {
            return messages.get("teamqueue.what.create");
        }
        if (entry.kind() == EditKind.APPEND_EVENT) {
            CaseEvent event = entry.event();
            String note = event.note() == null || event.note().isBlank() ? "" : messages.get("teamqueue.what.note",
                    event.note());
            return messages.get("teamqueue.what.event", messages.of(event.type())) + note;
        }
        Optional<RefundCase> base = known.version(entry.caseId(), entry.baseVersion()).map(VersionedCase::refundCase);
        if (base.isEmpty()) {
            return messages.get("teamqueue.what.updateUnknown");
        }
        CaseConflict change = CaseConflict.of(base.get(), entry.refundCase(), base.get());
        ConflictValueText text = new ConflictValueText(messages);
        List<String> fields = change.differences().stream().map(FieldDifference::field).map(text::label).toList();
        int events = change.eventsOnlyMine().size();
        List<String> parts = new ArrayList<>();
        if (!fields.isEmpty()) {
            String named = String.join(messages.get("teamqueue.what.separator"),
                    fields.subList(0, Math.min(FIELDS_NAMED, fields.size())));
            parts.add(fields.size() > FIELDS_NAMED ? messages.get("teamqueue.what.fieldsMore", named,
                    fields.size() - FIELDS_NAMED) : messages.get("teamqueue.what.fields", named));
        }
        if (events > 0) {
            parts.add(messages.get("teamqueue.what.events", events));
        }
        return parts.isEmpty() ? messages.get("teamqueue.what.updateUnknown")
                : String.join(messages.get("teamqueue.what.separator"), parts);
    }

    /** Asks first, saying what is lost; then drops the edit. */
    public void discard(Row row) {
        if (!dialogs.confirm(messages.get("teamqueue.discard.title"), messages.get("teamqueue.discard.message",
                row.caseTitle(), row.what(), row.when()))) {
            return;
        }
        run(() -> {
            actions.discard(row.entryId());
            return null;
        });
    }

    public void retry(Row row) {
        run(() -> {
            actions.retry(row.entryId());
            return null;
        });
    }

    public void saveAsNew(Row row) {
        run(() -> messages.get("teamqueue.saveAsNew.done", actions.saveAsNew(row.entryId())));
    }

    private void run(java.util.concurrent.Callable<String> action) {
        busy.set(busy.get() + 1);
        worker.execute(() -> {
            String note;
            String error;
            try {
                note = action.call();
                error = null;
            } catch (IllegalArgumentException gone) {
                note = null;
                error = messages.get("teamqueue.alreadyGone");
            } catch (Exception e) {
                note = null;
                error = messages.get("teamqueue.failed", e.getMessage());
            }
            String shownNote = note;
            String shownError = error;
            fxThread.execute(() -> {
                busy.set(busy.get() - 1);
                refresh();
                if (shownError != null) {
                    dialogs.error(messages.get("teamqueue.title"), shownError);
                } else if (shownNote != null) {
                    dialogs.notify(shownNote);
                }
            });
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty heldCountProperty() {
        return heldCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingCountProperty() {
        return pendingCount.getReadOnlyProperty();
    }

    /** "N offline changes cannot reach the server: you decide", empty when none is held. */
    public ReadOnlyStringProperty heldMessageProperty() {
        return heldMessage.getReadOnlyProperty();
    }

    /** Above zero while an action runs (the panel's buttons wait). */
    public ReadOnlyIntegerProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
