package org.refunddesk.ui.audit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.WrappingCells;

/** The workspace's audit section: a table of who changed what and when (newest first) and an export button. */
public final class CaseAuditView extends BorderPane {
    public CaseAuditView(CaseAuditViewModel model) {
        Messages m = model.messages();
        setId("caseAudit");
        setPadding(new Insets(10));

        Label intro = new Label(m.get("audit.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        HBox.setHgrow(intro, Priority.ALWAYS);
        intro.setMaxWidth(Double.MAX_VALUE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("auditLoading");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.loadingProperty().or(model.exportingProperty()));
        busy.managedProperty().bind(busy.visibleProperty());
        busy.setAccessibleText(m.get("audit.task.load"));
        Button export = new Button(m.get("audit.export"));
        export.setId("auditExport");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.exportingProperty());
        export.setOnAction(e -> model.export());
        HBox top = new HBox(10, intro, busy, export);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        TableView<CaseAuditViewModel.Row> table = new TableView<>(model.rows());
        table.setId("auditTable");
        table.setAccessibleText(m.get("audit.section"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("audit-column-when", m.get("audit.column.when"), 150, CaseAuditViewModel.Row::when));
        table.getColumns().add(column("audit-column-who", m.get("audit.column.who"), 110, CaseAuditViewModel.Row::who));
        table.getColumns().add(column("audit-column-what", m.get("audit.column.what"), 260, CaseAuditViewModel.Row::what));
        Label placeholder = new Label();
        placeholder.setId("auditMessage");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder.textProperty().bind(model.messageProperty());
        table.setPlaceholder(placeholder);
        setCenter(table);
    }

    private static TableColumn<CaseAuditViewModel.Row, String> column(String id, String title, double width,
                                                                      java.util.function.Function<CaseAuditViewModel.Row, String> value) {
        TableColumn<CaseAuditViewModel.Row, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return WrappingCells.wrap(column, Math.min(width, 100));
    }
}
