package org.refunddesk.ui.dashboard;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.Money;
import org.refunddesk.rules.caseload.CaseloadStats;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.WrappingCells;

/**
 * The caseload tab: the dashboard line (counts, overdue, idle, weak evidence), the "my cases" switch,
 * bulk actions on the selected rows, and a multi-select table of the cases the filter shows.
 */
public final class CaseloadView extends BorderPane {

    private final CaseloadViewModel model;
    private final Messages messages;
    private final TableView<CaseOverview> table = new TableView<>();

    private final Runnable exportSelection;
    private final javafx.beans.property.BooleanProperty showInFull;

    /**
     * @param views           the saved views (named filters)
     * @param exportSelection writes the selected cases (or, with none selected, the shown ones) to .xlsx
     */
    public CaseloadView(CaseloadViewModel model, SavedViewsModel views, Messages messages, Runnable exportSelection) {
        this(model, views, messages, exportSelection, new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /** @param showInFull the export's "show full details" choice, shown as a checkbox beside the export button */
    public CaseloadView(CaseloadViewModel model, SavedViewsModel views, Messages messages, Runnable exportSelection,
                        javafx.beans.property.BooleanProperty showInFull) {
        this.model = model;
        this.messages = messages;
        this.exportSelection = exportSelection;
        this.showInFull = showInFull;
        getStyleClass().add("caseload");
        VBox top = new VBox(6, summary(), new FilterBar(model, views, messages), toolbar());
        top.setPadding(new javafx.geometry.Insets(6));
        setTop(top);
        SplitPane split = new SplitPane(dashboard(), table());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        setCenter(split);
    }

    private TabPane dashboard() {
        // on a small screen the lower charts and the counts scroll into view instead of being squeezed or cut
        Tab panes = new Tab(messages.get("caseload.ui.dashboard.overview"), scrolling(new DashboardPanes(model, messages)));
        Tab charts = new Tab(messages.get("caseload.ui.dashboard.charts"), scrolling(new CaseloadCharts(model, messages)));
        Tab clusters = new Tab(messages.get("caseload.ui.dashboard.clusters"),
                new ClustersPane(model, messages, () -> table.getSelectionModel().selectAll()));
        charts.setId("chartsTab");
        clusters.setId("clustersTab");
        TabPane tabs = new TabPane(panes, charts, clusters);
        tabs.setId("dashboardTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static javafx.scene.control.ScrollPane scrolling(javafx.scene.Node content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Label summary() {
        Label summary = new Label();
        summary.setId("caseloadSummary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            CaseloadStats s = model.statsProperty().get();
            return s == null ? messages.get("caseload.ui.task.loading")
                    : messages.get("caseload.ui.summary", s.total(), s.overdueCount(), s.staleCount(),
                    s.lowEvidenceCount());
        }, model.statsProperty()));
        return summary;
    }

    private javafx.scene.layout.FlowPane toolbar() {
        CheckBox mine = new CheckBox(messages.get("caseload.ui.myCases"));
        mine.setId("myCases");
        mine.selectedProperty().bindBidirectional(model.myCasesOnlyProperty());

        TextField assignee = new TextField();
        assignee.setId("assignName");
        assignee.setPromptText(messages.get("caseload.ui.assignTo"));
        org.refunddesk.ui.form.Accessible.byHint(assignee);
        Button assign = new Button(messages.get("caseload.ui.assign"));
        assign.setId("assignSelected");
        assign.setOnAction(e -> model.assignSelected(assignee.getText()));

        TextField tag = new TextField();
        tag.setId("tagName");
        tag.setPromptText(messages.get("caseload.ui.tag"));
        org.refunddesk.ui.form.Accessible.byHint(tag);
        Button addTag = new Button(messages.get("caseload.ui.addTag"));
        addTag.setId("tagSelected");
        addTag.setOnAction(e -> model.tagSelected(tag.getText()));

        ComboBox<CaseStatus> status = new ComboBox<>();
        status.setId("statusChoice");
        status.setPromptText(messages.get("caseload.ui.col.status"));
        org.refunddesk.ui.form.Accessible.byHint(status);
        status.getItems().setAll(CaseStatus.values());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CaseStatus s) {
                return messages.of(s);
            }

            @Override
            public CaseStatus fromString(String text) {
                return null;
            }
        });
        Button setStatus = new Button(messages.get("caseload.ui.setStatus"));
        setStatus.setId("statusSelected");
        setStatus.setOnAction(e -> model.setStatusOfSelected(status.getValue()));

        Label selected = new Label();
        selected.setId("selectedCount");
        selected.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("caseload.ui.selected", model.selection().size()), model.selection()));
        var nothingSelected = Bindings.isEmpty(model.selection());
        assign.disableProperty().bind(nothingSelected);
        addTag.disableProperty().bind(nothingSelected);
        setStatus.disableProperty().bind(nothingSelected.or(status.valueProperty().isNull()));

        Button export = new Button(messages.get("caseload.ui.exportSelection"));
        export.setId("exportSelected");
        export.setOnAction(e -> exportSelection.run());
        javafx.scene.control.CheckBox full = new javafx.scene.control.CheckBox(messages.get("privacy.export.showInFull"));
        full.setId("exportShowInFull");
        full.selectedProperty().bindBidirectional(showInFull);

        // a narrow window wraps the bulk actions onto a second line instead of cutting them ("Assign sel…")
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, mine, assignee, assign, tag, addTag,
                status, setStatus, export, full, selected);
        bar.getStyleClass().add("toolbar");
        bar.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    private TableView<CaseOverview> table() {
        table.setId("caseloadTable");
        table.setAccessibleText(messages.get("caseload.ui.menu"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(model.filteredRows());
        // primary (whole text, wrapping on a narrow screen): title, assignee, status, verdict, next deadline, amount;
        // platform and evidence score may be cut (their whole text is in the case list and the workspace)
        table.getColumns().add(WrappingCells.wrap(column("title", "caseload.ui.col.title",
                model::shownTitle), 140));
        table.getColumns().add(column("platform", "caseload.ui.col.platform",
                o -> o.refundCase().platform() == null ? "" : o.refundCase().platform().name()));
        table.getColumns().add(WrappingCells.wrap(column("assignee", "caseload.ui.col.assignee",
                o -> o.refundCase().assignee()), 70));
        table.getColumns().add(WrappingCells.wrap(column("status", "caseload.ui.col.status",
                o -> model.damaged(o.refundCase().id()) ? messages.get("damaged.list.state")
                        : messages.of(o.refundCase().status())), 80));
        table.getColumns().add(WrappingCells.wrap(column("verdict", "caseload.ui.col.verdict",
                o -> messages.of(o.verdict())), 90));
        table.getColumns().add(WrappingCells.wrap(column("nextDeadline", "caseload.ui.col.next", o -> {
            Deadline next = o.nextOpenDeadline();
            return next == null ? "" : DueTimes.format(next.dueAt());
        }), 90));
        table.getColumns().add(column("evidence", "caseload.ui.col.evidence",
                o -> o.evidenceScore() == null ? "" : String.valueOf(o.evidenceScore())));
        table.getColumns().add(WrappingCells.wrap(column("amount", "caseload.ui.col.amount",
                o -> o.refundCase().purchase() == null ? "" : Money.format(o.refundCase().purchase().amount())), 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CaseOverview>) change ->
                model.selection().setAll(table.getSelectionModel().getSelectedItems()));
        return table;
    }

    private TableColumn<CaseOverview, String> column(String id, String key, Function<CaseOverview, String> value) {
        TableColumn<CaseOverview, String> column = new TableColumn<>(messages.get(key));
        column.setId("caseload-column-" + id);
        // a narrow window squeezes the columns, never below their heading
        javafx.scene.text.Text heading = new javafx.scene.text.Text(column.getText());
        javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
        heading.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()));
        column.setMinWidth(Math.ceil(heading.getLayoutBounds().getWidth()) + 24);
        column.setCellValueFactory(cell -> text(value.apply(cell.getValue())));
        return column;
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
