package org.refunddesk.ui.statement;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.Money;
import org.refunddesk.exchange.statement.StatementCandidate;
import org.refunddesk.rules.i18n.Messages;

/** The modal list of the bill's payments with tick boxes; "import" stays disabled while nothing is ticked. */
final class StatementImportDialog {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private StatementImportDialog() {
    }

    /** @param owner a node of the main window (the dialog is centred on it) */
    static StatementImportViewModel.Prompt prompt(Node owner) {
        return model -> {
            Messages m = model.messages();
            Dialog<ButtonType> dialog = new Dialog<>();
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                dialog.initOwner(owner.getScene().getWindow());
            }
            dialog.setTitle(m.get("statements.ui.title"));
            dialog.setHeaderText(m.get("statements.ui.header",
                    m.get("statements.format." + model.statement().format().name())));
            dialog.setResizable(true);
            ButtonType importType = new ButtonType(m.get("statements.ui.import"), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
            dialog.getDialogPane().setContent(content(model, m));
            dialog.getDialogPane().setPrefSize(980, 520);
            Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
            importButton.setId("importStatementRows");
            importButton.disableProperty().bind(model.anyTickedProperty().not());
            return dialog.showAndWait().filter(importType::equals).isPresent();
        };
    }

    private static Node content(StatementImportViewModel model, Messages m) {
        TableView<StatementCandidateRow> table = new TableView<>(model.shownRows());
        table.setId("statementCandidates");
        table.setEditable(true);
        TableColumn<StatementCandidateRow, Boolean> pick = new TableColumn<>(m.get("statements.ui.col.pick"));
        pick.setCellValueFactory(c -> c.getValue().tickedProperty());
        pick.setCellFactory(CheckBoxTableCell.forTableColumn(pick));
        pick.setEditable(true);
        pick.setPrefWidth(60);
        table.getColumns().add(pick);
        table.getColumns().add(column(m.get("statements.ui.col.row"), 60, c -> Integer.toString(c.payment().number())));
        table.getColumns().add(column(m.get("statements.ui.col.time"), 140,
                c -> SHOWN.format(c.payment().time().atOffset(CHINA))));
        table.getColumns().add(column(m.get("statements.ui.col.counterparty"), 200, c -> nz(c.payment().counterparty())));
        table.getColumns().add(column(m.get("statements.ui.col.description"), 220, c -> nz(c.payment().description())));
        table.getColumns().add(column(m.get("statements.ui.col.amount"), 100, c -> Money.format(c.payment().amount())));
        table.getColumns().add(column(m.get("statements.ui.col.refunds"), 100,
                c -> c.refunds().isEmpty() ? "" : Money.format(c.refunded())));
        table.getColumns().add(column(m.get("statements.ui.col.confidence"), 80, c -> c.confidence() + "%"));
        CheckBox showAll = new CheckBox(m.get("statements.ui.showAll"));
        showAll.setId("statementShowAll");
        showAll.selectedProperty().bindBidirectional(model.showAllProperty());
        VBox box = new VBox(8, table, showAll);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<StatementCandidateRow, String> column(String title, double width,
                                                                   Function<StatementCandidate, String> text) {
        TableColumn<StatementCandidateRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> (ObservableValue<String>) new ReadOnlyStringWrapper(text.apply(c.getValue().candidate())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
