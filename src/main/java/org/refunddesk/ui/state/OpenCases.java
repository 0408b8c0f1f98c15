package org.refunddesk.ui.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.CaseProgress;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * Owns the one {@link CaseModel} per case the window shows (ARCHITECTURE.md "One case, many views"). Lives as
 * long as the main window. Every write goes through the repository first; whoever stored it then calls
 * {@link #stored} (or {@link #reload} when it only knows the id) and every open view of the case follows.
 */
public final class OpenCases {
    private final AppServices services;
    private final Map<UUID, CaseModel> models = new LinkedHashMap<>();
    private final List<Consumer<RefundCase>> storedListeners = new ArrayList<>();

    public OpenCases(AppServices services) {
        this.services = services;
    }

    /** The model of this case, created on first use; an existing model is brought up to the given copy. */
    public CaseModel model(RefundCase refundCase) {
        CaseModel model = models.get(refundCase.id());
        if (model == null) {
            model = new CaseModel(refundCase);
            models.put(refundCase.id(), model);
        } else if (isNewer(refundCase, model.get())) {
            model.replace(refundCase);
        }
        return model;
    }

    public Optional<CaseModel> find(UUID id) {
        return Optional.ofNullable(models.get(id));
    }

    /** A change the store has accepted: every view of the case shows it, and the lists hear of it. */
    public void stored(RefundCase refundCase) {
        CaseModel model = models.get(refundCase.id());
        if (model != null) {
            model.replace(refundCase);
        }
        storedListeners.forEach(l -> l.accept(refundCase));
    }

    /** Re-reads one case from the store (off the FX thread) and shows it everywhere. */
    public void reload(UUID id) {
        BackgroundTask.of(services.messages().get("workspace.task.reload"), progress -> services.cases().find(id))
                .onSuccess(found -> found.ifPresent(this::stored))
                .executeWith(services.tasks());
    }

    /** Re-reads every open case (after a bulk change: import, restore, dashboard actions). */
    public void reloadAll() {
        List<UUID> ids = List.copyOf(models.keySet());
        if (ids.isEmpty()) {
            return;
        }
        BackgroundTask.of(services.messages().get("workspace.task.reload"), progress -> ids.stream()
                        .map(id -> services.cases().find(id)).flatMap(Optional::stream).toList())
                .onSuccess(found -> found.forEach(c -> find(c.id()).ifPresent(m -> m.replace(c))))
                .executeWith(services.tasks());
    }

    /** A case deleted from the store: its model goes. */
    public void deleted(UUID id) {
        models.remove(id);
    }

    /** Listeners (the case list) that want to hear of every stored case. */
    public void onStored(Consumer<RefundCase> listener) {
        storedListeners.add(listener);
    }

    public void evidenceScore(UUID id, int score) {
        find(id).ifPresent(m -> m.evidenceScoreProperty().set(score));
    }

    /** A case as stored after new events, and a status the person may want to set (full refund → resolved). */
    public record AfterEvents(RefundCase stored, Optional<CaseStatus> suggested) {
    }

    /**
     * Status follows events (docs/status-follows-events.md). Call on a worker thread after events were stored:
     * the status the new events lead to is stored too; a change that is only a suggestion is returned.
     */
    public AfterEvents followStatus(RefundCase before, RefundCase after) {
        java.util.Set<UUID> old = new java.util.HashSet<>();
        before.events().forEach(e -> old.add(e.id()));
        List<org.refunddesk.domain.CaseEvent> added = after.events().stream().filter(e -> !old.contains(e.id())).toList();
        Optional<CaseProgress.StatusChange> change = CaseProgress.statusAfter(after.status(), added, after);
        if (change.isEmpty()) {
            return new AfterEvents(after, Optional.empty());
        }
        if (change.get().suggestionOnly()) {
            return new AfterEvents(after, Optional.of(change.get().to()));
        }
        return new AfterEvents(services.cases().update(after.withStatus(change.get().to())), Optional.empty());
    }

    /** Shows the stored case everywhere; a suggested status is offered, and stored only when the person agrees. */
    public void showAfterEvents(AfterEvents result) {
        stored(result.stored());
        result.suggested().ifPresent(status -> {
            var m = services.messages();
            if (services.dialogs().confirm(m.get("workspace.status.suggest.title"),
                    m.get("workspace.status.suggest", m.of(status)))) {
                UUID id = result.stored().id();
                BackgroundTask.of(m.get("workspace.task.reload"), progress -> {
                            RefundCase now = services.cases().find(id).orElseThrow();
                            return services.cases().update(now.withStatus(status));
                        })
                        .onSuccess(this::stored)
                        .executeWith(services.tasks());
            }
        });
    }

    /** Re-reads a case after a dialog that may have stored events in it (the escalation wizard). */
    public void reloadAfterEvents(RefundCase before) {
        BackgroundTask.of(services.messages().get("workspace.task.reload"), progress ->
                        services.cases().find(before.id()).map(after -> followStatus(before, after)))
                .onSuccess(found -> found.ifPresent(this::showAfterEvents))
                .executeWith(services.tasks());
    }

    private static boolean isNewer(RefundCase candidate, RefundCase current) {
        if (candidate.updatedAt() == null || current.updatedAt() == null) {
            return candidate.events().size() > current.events().size();
        }
        return candidate.updatedAt().isAfter(current.updatedAt())
                || candidate.updatedAt().equals(current.updatedAt()) && candidate.events().size() > current.events().size();
    }
}
