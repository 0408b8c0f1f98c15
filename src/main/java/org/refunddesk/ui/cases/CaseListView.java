package org.refunddesk.ui.cases;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.task.MinuteTicker;

/**
 * The case list: a search box that filters as you type (in memory) and a sortable table. Opens the
 * editor for new and changed cases; the {@link CaseListViewModel} does the storing.
 */
public final class CaseListView extends BorderPane {
    private final CaseListViewModel model;
    private final AppServices services;
    private final Messages messages;
    private final TableView<CaseRow> table = new TableView<>();
    private java.util.function.Consumer<org.refunddesk.domain.RefundCase> opener;

    public CaseListView(CaseListViewModel model, AppServices services) {
        this.model = model;
        this.services = services;
        this.messages = services.messages();
        getStyleClass().add("case-list");
        setTop(toolbar());
        setCenter(table());
        // the next-deadline cells compute "time left" when drawn: redraw them as the minutes pass
        MinuteTicker.whileShowing(this, table::refresh);
    }

    /** Opens an empty editor; the case is stored when the user saves. */
    public void newCase() {
        CaseEditorViewModel editor = CaseEditorViewModel.forNewCase(messages,
                services.preferences().helperNameProperty().get());
        new CaseEditorDialog(owner(), editor, messages).ask().ifPresent(c -> model.save(c, true, this::focusTable));
    }

    /** Opens the selected case in the editor; nothing happens without a selection. */
    public void editSelected() {
        model.selectedCase().ifPresent(this::edit);
    }

    /** Opens this case in the editor (from the list or a case tab). */
    public void edit(org.refunddesk.domain.RefundCase existing) {
        CaseEditorViewModel editor = CaseEditorViewModel.forCase(messages, existing);
        new CaseEditorDialog(owner(), editor, messages).ask()
                .ifPresent(c -> model.save(c, false, this::focusTable, this::edit));
    }

    /** What double-click and Enter on a row do: open the case's workspace (the editor when none is set). */
    public void setOnOpen(java.util.function.Consumer<org.refunddesk.domain.RefundCase> opener) {
        this.opener = opener;
    }

    private void openSelected() {
        CaseRow row = model.selectedProperty().get();
        if (row != null && row.damaged()) {
            showDamage(row);
            return;
        }
        if (opener == null) {
            editSelected();
        } else {
            model.selectedCase().ifPresent(opener);
        }
    }

    public void deleteSelected() {
        model.deleteSelected();
    }

    /** A damaged case cannot be opened: what is wrong with it, and what to do (check, recover, restore). */
    void showDamage(CaseRow row) {
        services.dialogs().error(messages.get("damaged.dialog.title"), DamageText.of(messages, row.refundCase().title(),
                row.damage()));
    }

    private HBox toolbar() {
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText(messages.get("cases.search.prompt"));
        org.refunddesk.ui.form.Accessible.byHint(search);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });

        Label shown = new Label();
        shown.setId("shownCount");
        shown.getStyleClass().add("hint");
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> model.shownCount().get() == model.totalCount().get() ? ""
                        : messages.get("cases.search.shown", model.shownCount().get(), model.totalCount().get()),
                model.shownCount(), model.totalCount()));

        Button add = new Button(messages.get("cases.action.new"));
        add.setId("newCase");
        add.getStyleClass().add("accent");
        add.setOnAction(event -> newCase());

        HBox bar = new HBox(8, search, shown, add);
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private TableView<CaseRow> table() {
        table.setId("caseTable");
        table.setAccessibleText(messages.get("cases.tab"));
        table.getColumns().setAll(new CaseTableColumns(messages, services.clock(), services.preferences().hidePersonalProperty(),
                this::showDamage).all());
        // Columns share the width (no empty strip on the right); the user can still resize them.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The model keeps the rows presorted and hands over the matching ones in order: a column click sorts
        // every row once there, a keystroke only filters (no SortedList over a FilteredList).
        table.setSortPolicy(t -> {
            model.sortBy(CaseListSort.keysOf(table.getSortOrder()));
            return true;
        });
        table.setItems(model.shownRows());
        new CaseListScroll(table, model);
        // most urgent first: sorted by the next deadline until the user sorts otherwise
        table.getColumns().stream().filter(c -> "column-nextDeadline".equals(c.getId())).findFirst()
                .ifPresent(c -> table.getSortOrder().add(c));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!model.replacingShown()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && now != table.getSelectionModel().getSelectedItem() && !model.replacingShown()) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setPlaceholder(placeholder());
        table.setRowFactory(t -> {
            TableRow<CaseRow> row = new TableRow<>() {
                @Override
                protected void updateItem(CaseRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("case-row-damaged");
                    if (!empty && item != null && item.damaged()) {
                        getStyleClass().add("case-row-damaged");
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
        table.setContextMenu(contextMenu());
        return table;
    }

    private Label placeholder() {
        Label placeholder = new Label();
        placeholder.setId("casePlaceholder");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.loadedProperty().get()) {
                int known = model.knownCount().get();
                return known < 0 ? messages.get("cases.list.loading") : messages.get("cases.list.loadingCount", known);
            }
            if (model.totalCount().get() == 0) {
                return messages.get("cases.list.empty");
            }
            return messages.get("cases.list.noMatch", model.searchTextProperty().get().trim());
        }, model.loadedProperty(), model.totalCount(), model.knownCount(), model.searchTextProperty()));
        return placeholder;
    }

    private ContextMenu contextMenu() {
        MenuItem edit = new MenuItem(messages.get("cases.action.edit"));
        edit.setOnAction(event -> editSelected());
        MenuItem delete = new MenuItem(messages.get("cases.action.delete"));
        delete.setOnAction(event -> deleteSelected());
        edit.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        return new ContextMenu(edit, delete);
    }

    /** Puts the keyboard in the table (View → case list): arrows choose a case, Enter opens it. */
    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
