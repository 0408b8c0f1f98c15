package org.refunddesk.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.task.MinuteTicker;

/**
 * A case's vertical timeline (events and deadlines in time order around a "now" marker), the selected
 * deadline's explanation and basis under it, and the events panel on the right.
 */
public final class CaseTimelineView extends BorderPane {
    private final MinuteTicker ticker;

    public static final String STYLESHEET = CaseTimelineView.class
            .getResource("/org/refunddesk/ui/timeline/timeline.css").toExternalForm();

    public CaseTimelineView(CaseTimelineViewModel vm, Messages messages) {
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("case-timeline");
        ListView<TimelineEntry> list = new ListView<>(vm.entries());
        list.setId("timeline");
        list.setAccessibleText(messages.get("timeline.menu.timeline"));
        list.getStyleClass().add("timeline-list");
        list.setCellFactory(v -> new TimelineCell());
        list.setPlaceholder(new Label(messages.get("timeline.loading")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });

        Label heading = new Label();
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.selectedProperty().get() == null ? "" : vm.selectedProperty().get().title(),
                vm.selectedProperty()));
        Label explanation = new Label();
        explanation.setId("deadlineExplanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(vm.selectedExplanation());
        VBox details = new VBox(4, heading, explanation);
        details.getStyleClass().add("deadline-details");
        details.visibleProperty().bind(vm.selectedExplanation().isNotEmpty());
        details.managedProperty().bind(details.visibleProperty());

        BorderPane left = new BorderPane(list);
        left.setBottom(details);
        ScrollPane right = new ScrollPane(new CaseEventForm(vm, messages));
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.62);
        setCenter(split);
        vm.refresh();
        ticker = MinuteTicker.whileShowing(this, vm::tick);
    }

    /** Whether the minute refresh is running (only while this view is on a showing window). */
    boolean ticking() {
        return ticker.isRunning();
    }
}
