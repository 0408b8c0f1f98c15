package org.refunddesk.ui.privacy;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.i18n.Messages;

/**
 * What the window shows while the store is closed and its files are rewritten (encrypted, re-sealed or
 * decrypted): what is happening and a progress bar, fed from the worker thread through {@link #evidence}.
 */
public final class StoreRewritePane extends VBox {
    private final Messages m;
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label step = new Label();

    public StoreRewritePane(Messages m, EncryptionRequest.Kind kind) {
        super(14);
        this.m = m;
        setId("storeRewrite");
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        Label what = new Label(m.get("encryption.progress." + kind.name().toLowerCase(java.util.Locale.ROOT)));
        what.setWrapText(true);
        what.setMaxWidth(460);
        bar.setId("storeRewriteProgress");
        bar.setPrefWidth(360);
        step.setId("storeRewriteStep");
        getChildren().addAll(what, bar, step);
    }

    /** From any thread: {@code done} of {@code total} evidence files rewritten; the database comes after them. */
    public void evidence(int done, int total) {
        Platform.runLater(() -> {
            if (done >= total) {
                bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
                step.setText(m.get("encryption.progress.database"));
            } else {
                bar.setProgress(total == 0 ? 0 : (double) done / total);
                step.setText(m.get("encryption.progress.evidence", done, total));
            }
        });
    }

    public ProgressBar bar() {
        return bar;
    }
}
