package org.refunddesk.ui.dashboard;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.refunddesk.exchange.xlsx.CaseColumn;
import org.refunddesk.exchange.xlsx.ImportPreview;
import org.refunddesk.exchange.xlsx.ImportTable;
import org.refunddesk.rules.i18n.Messages;

/**
 * The column-mapping dialog's content: one field choice per file column (detected where the header is
 * known), the first rows of the file with the cells in error marked and explained, and every error listed.
 */
final class ImportMappingView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ImportMappingModel model;
    private final Messages messages;
    private final TableView<ImportTable.Row> rows = new TableView<>();
    private final ListView<String> errors = new ListView<>();
    private final Label summary = new Label();

    ImportMappingView(ImportMappingModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("importMapping");
        setTop(mappingGrid());
        rows.setId("importPreview");
        rows.setAccessibleText(messages.get("caseload.ui.mapping.title"));
        rows.getItems().setAll(model.previewRows());
        for (int i = 0; i < model.headers().size(); i++) {
            rows.getColumns().add(column(i));
        }
        rows.setPrefHeight(260);
        setCenter(rows);
        errors.setId("importErrors");
        errors.accessibleTextProperty().bind(summary.textProperty());
        errors.setPrefHeight(120);
        summary.setId("importSummary");
        setBottom(new VBox(4, summary, errors));
        model.previewProperty().addListener((obs, old, p) -> showPreview(p));
        showPreview(model.preview());
        setPrefWidth(900);
    }

    private GridPane mappingGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.add(new Label(messages.get("caseload.ui.mapping.fileColumn")), 0, 0);
        grid.add(new Label(messages.get("caseload.ui.mapping.field")), 0, 1);
        for (int i = 0; i < model.headers().size(); i++) {
            int index = i;
            grid.add(new Label(model.headers().get(i)), i + 1, 0);
            ComboBox<CaseColumn> field = new ComboBox<>();
            field.setId("mapColumn-" + i);
            field.setAccessibleText(messages.get("caseload.ui.mapping.field") + " " + model.headers().get(i));
            field.getItems().setAll(model.fieldChoices());
            field.setConverter(new StringConverter<>() {
                @Override
                public String toString(CaseColumn c) {
                    return c == null ? messages.get("caseload.ui.mapping.ignore") : messages.get(c.headerKey());
                }

                @Override
                public CaseColumn fromString(String s) {
                    return null;
                }
            });
            field.setValue(model.fieldOf(i));
            field.setOnAction(e -> model.map(index, field.getValue()));
            // choosing a field for one column frees it from another: show that
            model.mappingProperty().addListener((obs, old, m) -> field.setValue(model.fieldOf(index)));
            grid.add(field, i + 1, 1);
        }
        return grid;
    }

    private TableColumn<ImportTable.Row, Object> column(int index) {
        TableColumn<ImportTable.Row, Object> column = new TableColumn<>(model.headers().get(index));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cell(index)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                ImportTable.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                Optional<String> error = row == null ? Optional.empty() : model.errorAt(row.number(), index);
                setText(empty ? null : text(value));
                getStyleClass().remove("import-error");
                setTooltip(null);
                setStyle("");
                if (error.isPresent()) {
                    getStyleClass().add("import-error");
                    setStyle("-fx-background-color: #f8d7da; -fx-text-fill: #842029;");
                    setTooltip(new Tooltip(error.get()));
                }
            }
        });
        return column;
    }

    private void showPreview(ImportPreview preview) {
        errors.getItems().setAll(model.errors());
        rows.refresh();
        if (preview == null) {
            summary.setText(messages.get("caseload.ui.task.reading"));
        } else if (preview.hasErrors()) {
            summary.setText(messages.get("caseload.import.failed", preview.errors().size()));
        } else {
            List<String> duplicates = preview.duplicates().stream().map(d -> d.message(messages)).toList();
            errors.getItems().setAll(duplicates);
            summary.setText(messages.get("caseload.ui.importQuestion", preview.casesToImport().size(), duplicates.size()));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime t) {
            return WHEN.format(t);
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        return value.toString();
    }
}
