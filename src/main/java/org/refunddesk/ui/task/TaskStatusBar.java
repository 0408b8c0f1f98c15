package org.refunddesk.ui.task;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The status-bar corner that shows the newest running task: its title or message and a progress bar
 * (indeterminate until the task reports a total). Hidden while nothing runs.
 */
public final class TaskStatusBar extends HBox {
    private final ProgressBar bar = new ProgressBar();
    private final Label label = new Label();

    public TaskStatusBar(TaskExecutor executor) {
        super(6);
        getStyleClass().add("task-status");
        bar.setId("taskProgress");
        bar.setPrefWidth(160);
        label.setId("taskLabel");
        getChildren().addAll(label, bar);
        managedProperty().bind(visibleProperty());
        executor.running().addListener((ListChangeListener<RunningTask>) change -> show(executor));
        show(executor);
    }

    private void show(TaskExecutor executor) {
        bar.progressProperty().unbind();
        label.textProperty().unbind();
        if (executor.running().isEmpty()) {
            setVisible(false);
            return;
        }
        RunningTask newest = executor.running().get(executor.running().size() - 1);
        bar.progressProperty().bind(newest.progressProperty());
        label.textProperty().bind(Bindings.createStringBinding(
                () -> {
                    String message = newest.messageProperty().get();
                    return message == null || message.isBlank() ? newest.title() : message;
                }, newest.messageProperty()));
        setVisible(true);
    }
}
