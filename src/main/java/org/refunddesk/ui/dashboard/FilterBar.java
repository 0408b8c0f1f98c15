package org.refunddesk.ui.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.rules.caseload.DueWindow;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.SavedViews.SavedView;

/**
 * The caseload filter (status, assignee, tag, platform, due within N) with the active filter spelled out
 * and a way to clear it, and the saved views: save the current filter under a name, reopen, delete.
 * The controls follow the model's filter, which chart clicks and opened views also change.
 */
final class FilterBar extends VBox {
    private static final List<Duration> WINDOWS = List.of(Duration.ofHours(24), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30));

    private final CaseloadViewModel model;
    private final Messages messages;
    private final ComboBox<CaseStatus> status = new ComboBox<>();
    private final TextField assignee = new TextField();
    private final TextField tag = new TextField();
    private final TextField platform = new TextField();
    private final ComboBox<Duration> dueWithin = new ComboBox<>();
    /** Set while the controls follow the model, so their change events do not write the filter back half-done. */
    private boolean showing;

    FilterBar(CaseloadViewModel model, SavedViewsModel views, Messages messages) {
        super(4);
        this.model = model;
        this.messages = messages;
        getChildren().addAll(criteria(), activeAndViews(views));
        model.filterProperty().addListener((obs, old, f) -> show(f));
        show(model.filterProperty().get());
    }

    private HBox criteria() {
        List<CaseStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(Arrays.asList(CaseStatus.values()));
        status.getItems().setAll(statuses);
        status.setId("filterStatus");
        status.setAccessibleText(messages.get("caseload.ui.col.status"));
        status.setConverter(converter(s -> s == null ? messages.get("caseload.ui.filter.anyStatus") : messages.of(s)));
        assignee.setId("filterAssignee");
        assignee.setPromptText(messages.get("caseload.ui.col.assignee"));
        org.refunddesk.ui.form.Accessible.byHint(assignee);
        tag.setId("filterTag");
        tag.setPromptText(messages.get("caseload.ui.tag"));
        org.refunddesk.ui.form.Accessible.byHint(tag);
        platform.setId("filterPlatform");
        platform.setPromptText(messages.get("caseload.ui.col.platform"));
        org.refunddesk.ui.form.Accessible.byHint(platform);
        List<Duration> windows = new ArrayList<>();
        windows.add(null);
        windows.addAll(WINDOWS);
        dueWithin.getItems().setAll(windows);
        dueWithin.setId("filterDueWithin");
        dueWithin.setAccessibleText(messages.get("caseload.ui.col.next"));
        dueWithin.setConverter(converter(d -> d == null ? messages.get("caseload.ui.filter.anyDue")
                : messages.get("caseload.ui.filter.dueWithin", DueWindow.format(d))));
        Button apply = new Button(messages.get("caseload.ui.filter.apply"));
        apply.setId("applyFilter");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> apply());
        for (TextField field : List.of(assignee, tag, platform)) {
            field.setPrefColumnCount(8);
            field.setOnAction(e -> apply());
        }
        status.setOnAction(e -> apply());
        dueWithin.setOnAction(e -> apply());
        return new HBox(6, new Label(messages.get("caseload.ui.filter.title")), status, assignee, tag, platform,
                dueWithin, apply);
    }

    private HBox activeAndViews(SavedViewsModel views) {
        Label active = new Label();
        active.setId("activeFilter");
        active.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = model.activeFilterText();
            return text.isEmpty() ? messages.get("caseload.ui.filter.none") : messages.get("caseload.ui.filter.active", text);
        }, model.filterProperty(), model.clusterProperty()));
        Button clear = new Button(messages.get("caseload.ui.filter.clear"));
        clear.setId("clearFilter");
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> model.activeFilterText().isEmpty(),
                model.filterProperty(), model.clusterProperty()));
        clear.setOnAction(e -> model.clearFilter());

        ComboBox<SavedView> saved = new ComboBox<>(views.views());
        saved.setId("savedViews");
        saved.setPromptText(messages.get("caseload.ui.views.open"));
        org.refunddesk.ui.form.Accessible.byHint(saved);
        saved.setConverter(converter(v -> v == null ? "" : v.name()));
        saved.setOnAction(e -> views.open(saved.getValue()));
        TextField name = new TextField();
        name.setId("viewName");
        name.setPrefColumnCount(8);
        name.setPromptText(messages.get("caseload.ui.views.name"));
        org.refunddesk.ui.form.Accessible.byHint(name);
        Button save = new Button(messages.get("caseload.ui.views.save"));
        save.setId("saveView");
        save.setOnAction(e -> {
            views.saveCurrent(name.getText());
            name.clear();
        });
        Button delete = new Button(messages.get("caseload.ui.views.delete"));
        delete.setId("deleteView");
        delete.disableProperty().bind(saved.valueProperty().isNull());
        delete.setOnAction(e -> {
            views.delete(saved.getValue());
            saved.setValue(null);
        });
        return new HBox(6, active, clear, new Label(messages.get("caseload.ui.views.title")), saved, name, save, delete);
    }

    /** The criteria typed and chosen, on top of what only a click sets (the verdict from the chart). */
    private void apply() {
        if (showing) {
            return;
        }
        CaseFilter current = model.filterProperty().get() == null ? CaseFilter.ALL : model.filterProperty().get();
        model.filterProperty().set(new CaseFilter(status.getValue(), current.verdict(), assignee.getText(),
                tag.getText(), platform.getText(), dueWithin.getValue()));
    }

    private void show(CaseFilter f) {
        CaseFilter shown = f == null ? CaseFilter.ALL : f;
        showing = true;
        status.setValue(shown.status());
        assignee.setText(shown.assignee() == null ? "" : shown.assignee());
        tag.setText(shown.tag() == null ? "" : shown.tag());
        platform.setText(shown.platform() == null ? "" : shown.platform());
        if (shown.dueWithin() != null && !WINDOWS.contains(shown.dueWithin())) {
            dueWithin.getItems().add(shown.dueWithin()); // a window typed on the command line, e.g. 2d
        }
        dueWithin.setValue(shown.dueWithin());
        showing = false;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
