package org.refunddesk.ui.timeline;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.refunddesk.rules.agenda.DueWithin;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.CaseDeadline;
import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.ui.task.MinuteTicker;
import org.refunddesk.ui.AppServices;

/** The agenda tab: open deadlines of all cases, soonest first; double-click (or Enter) opens the case. */
public final class AgendaView extends BorderPane {
    public AgendaView(AgendaViewModel vm, AppServices services, Consumer<UUID> opener) {
        Messages messages = services.messages();
        // a damaged case (its row does not read) cannot be opened: say what is wrong and what to do instead
        Consumer<UUID> openCase = id -> {
            if (vm.damaged(id)) {
                String title = vm.rows().stream().filter(r -> r.caseId().equals(id)).map(CaseDeadline::caseTitle)
                        .findFirst().orElse(null);
                services.dialogs().error(messages.get("damaged.dialog.title"),
                        org.refunddesk.ui.cases.DamageText.of(messages, title, vm.damage(id)));
            } else {
                opener.accept(id);
            }
        };
        getStylesheets().add(CaseTimelineView.STYLESHEET);
        ComboBox<String> assignee = new ComboBox<>(vm.assignees());
        assignee.setId("agendaAssignee");
        assignee.setConverter(converter(s -> s == null ? messages.get("timeline.agenda.everyone")
                : s.isEmpty() ? messages.get("timeline.agenda.unassigned") : s));
        assignee.valueProperty().bindBidirectional(vm.assigneeProperty());
        ComboBox<DueWithin> within = new ComboBox<>();
        within.setId("agendaWithin");
        within.getItems().setAll(DueWithin.values());
        within.setConverter(converter(d -> messages.get("timeline.agenda.within." + d.name())));
        within.valueProperty().bindBidirectional(vm.dueWithinProperty());
        Button reload = new Button(messages.get("timeline.agenda.reload"));
        reload.setOnAction(e -> vm.reload());
        Label assigneeLabel = new Label(messages.get("timeline.agenda.assignee"));
        assigneeLabel.setLabelFor(assignee);
        Label withinLabel = new Label(messages.get("timeline.agenda.within"));
        withinLabel.setLabelFor(within);
        HBox bar = new HBox(10, assigneeLabel, assignee, withinLabel, within, reload);
        bar.getStyleClass().add("toolbar");
        setTop(bar);

        TableView<CaseDeadline> table = new TableView<>(vm.rows());
        table.setId("agenda");
        table.setAccessibleText(messages.get("timeline.menu.agenda"));
        table.setPlaceholder(new Label(messages.get("timeline.agenda.empty")));
        // countdowns and the "due soon" colour are computed when drawn: redraw them as the minutes pass
        MinuteTicker.whileShowing(table, table::refresh);
        // columns share the width: no empty strip on the right, long countdowns ("1087 d 15 h left") fit
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("timeline.agenda.col.due"), 150,
                c -> DueTimes.format(c.deadline().dueAt())));
        table.getColumns().add(column(messages.get("timeline.agenda.col.left"), 170,
                c -> DueTimes.countdown(services.clock().instant(), c.deadline().dueAt(), messages)));
        table.getColumns().add(column(messages.get("timeline.agenda.col.rule"), 220,
                c -> TimelineEntries.ruleName(c.deadline().rule(), messages)));
        table.getColumns().add(column(messages.get("timeline.agenda.col.case"), 260,
                c -> vm.damaged(c.caseId()) ? messages.get("damaged.marked", c.caseTitle()) : c.caseTitle()));
        table.getColumns().add(column(messages.get("timeline.agenda.col.assignee"), 100,
                c -> c.assignee() == null ? "" : c.assignee()));
        table.setRowFactory(t -> {
            TableRow<CaseDeadline> row = new TableRow<>() {
                @Override
                protected void updateItem(CaseDeadline item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean soon = !empty && item != null && Duration.between(services.clock().instant(),
                            item.deadline().dueAt()).compareTo(TimelineEntries.SOON) <= 0;
                    getStyleClass().removeAll("agenda-row-soon", "case-row-damaged");
                    if (soon) {
                        getStyleClass().add("agenda-row-soon");
                    }
                    if (!empty && item != null && vm.damaged(item.caseId())) {
                        getStyleClass().add("case-row-damaged");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openCase.accept(row.getItem().caseId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openCase.accept(table.getSelectionModel().getSelectedItem().caseId());
            }
        });
        setCenter(table);
        vm.reload();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }

    private static TableColumn<CaseDeadline, String> column(String title, double width,
                                                             java.util.function.Function<CaseDeadline, String> text) {
        TableColumn<CaseDeadline, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return col;
    }
}
