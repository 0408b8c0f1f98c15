package org.refunddesk.ui.team;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;

import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.rules.i18n.Messages;

/**
 * Shows the {@link ConflictDialog} on the FX thread. A save runs on a worker thread: that thread waits for the
 * person's answer while the FX thread stays free (the dialog is modal to the window, the app keeps drawing).
 */
public final class FxConflictResolver implements CaseConflictResolver {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxConflictResolver(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<ConflictResolution> resolve(CaseConflict conflict) {
        if (Platform.isFxApplicationThread()) {
            return ask(conflict);
        }
        CompletableFuture<Optional<ConflictResolution>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(conflict));
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the conflict dialog failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Optional<ConflictResolution> ask(CaseConflict conflict) {
        ConflictDialog dialog = new ConflictDialog(owner.get(), new ConflictViewModel(conflict, messages), messages);
        return dialog.showAndWait();
    }
}
