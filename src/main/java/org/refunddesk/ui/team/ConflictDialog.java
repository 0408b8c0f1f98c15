package org.refunddesk.ui.team;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.refunddesk.rules.conflict.FieldChoice;
import org.refunddesk.rules.i18n.Messages;

/**
 * "This case was changed by someone else": my edit and the stored version side by side, field by field, the
 * side that changed a field marked, a choice per field, and three ways out (keep mine, use theirs, merge).
 * Cancel decides nothing: both versions stay, nothing is overwritten. Result: the resolution, or none.
 */
public final class ConflictDialog extends Dialog<ConflictResolution> {
    static final String STYLESHEET = ConflictDialog.class.getResource("team.css").toExternalForm();
    /** Width of a value column: the dialog fits a 1024-pixel screen in either language. */
    private static final double VALUE_WIDTH = 250;

    private final ButtonType keepMine;
    private final ButtonType takeTheirs;
    private final ButtonType merge;

    public ConflictDialog(Window owner, ConflictViewModel model, Messages messages) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.get("teamclient.conflict.title"));
        setHeaderText(messages.get("teamclient.conflict.header", model.caseTitle()));
        getDialogPane().setId("conflictDialog");
        getDialogPane().getStylesheets().add(STYLESHEET);

        Label intro = new Label(messages.get(model.baseKnown() ? "teamclient.conflict.intro"
                : "teamclient.conflict.introNoBase"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label events = new Label(model.eventsNote());
        events.setId("conflictEvents");
        events.getStyleClass().add("hint");
        events.setWrapText(true);
        events.setMinHeight(Region.USE_PREF_SIZE);

        ScrollPane scroll = new ScrollPane(table(model, messages));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        scroll.setFocusTraversable(false);
        VBox content = new VBox(10, intro, scroll, events);
        content.setPadding(new Insets(8, 12, 4, 12));
        content.setPrefWidth(4 * 10 + 150 + 2 * VALUE_WIDTH + 200);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(content);

        keepMine = new ButtonType(messages.get("teamclient.conflict.keepMine"), ButtonBar.ButtonData.LEFT);
        takeTheirs = new ButtonType(messages.get("teamclient.conflict.takeTheirs"), ButtonBar.ButtonData.OTHER);
        merge = new ButtonType(messages.get("teamclient.conflict.merge"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("teamclient.conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(keepMine, takeTheirs, merge, later);
        getDialogPane().lookupButton(keepMine).setId("conflictKeepMine");
        getDialogPane().lookupButton(takeTheirs).setId("conflictTakeTheirs");
        getDialogPane().lookupButton(merge).setId("conflictMerge");
        getDialogPane().lookupButton(later).setId("conflictLater");
        setResizable(true);
        setResultConverter(button -> {
            if (button == keepMine) {
                return model.keepMine();
            }
            if (button == takeTheirs) {
                return model.takeTheirs();
            }
            if (button == merge) {
                return model.merge();
            }
            return null;
        });
    }

    private static GridPane table(ConflictViewModel model, Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflict-table");
        grid.setId("conflictTable");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints(120, 150, 180);
        ColumnConstraints value = new ColumnConstraints(120, VALUE_WIDTH, VALUE_WIDTH);
        grid.getColumnConstraints().addAll(name, value, new ColumnConstraints(120, VALUE_WIDTH, VALUE_WIDTH),
                choiceColumn());
        grid.addRow(0, heading(messages.get("teamclient.conflict.column.field")),
                heading(messages.get("teamclient.conflict.column.mine")),
                heading(messages.get("teamclient.conflict.column.theirs")),
                heading(messages.get("teamclient.conflict.column.choice")));
        int row = 1;
        for (ConflictRow r : model.rows()) {
            String id = r.field().name().toLowerCase(java.util.Locale.ROOT);
            Label field = new Label(r.label());
            field.setWrapText(true);
            Label mine = value(r.mineText(), r.mineChanged(), messages);
            mine.setId("conflictMine-" + id);
            Label theirs = value(r.theirsText(), r.theirsChanged(), messages);
            theirs.setId("conflictTheirs-" + id);

            ToggleGroup group = new ToggleGroup();
            RadioButton pickMine = new RadioButton(messages.get("teamclient.conflict.pick.mine"));
            pickMine.setId("conflictPickMine-" + id);
            pickMine.setToggleGroup(group);
            pickMine.setAccessibleText(messages.get("teamclient.conflict.pick.mineA11y", r.label(), r.mineText()));
            RadioButton pickTheirs = new RadioButton(messages.get("teamclient.conflict.pick.theirs"));
            pickTheirs.setId("conflictPickTheirs-" + id);
            pickTheirs.setToggleGroup(group);
            pickTheirs.setAccessibleText(messages.get("teamclient.conflict.pick.theirsA11y", r.label(), r.theirsText()));
            (r.choiceProperty().get() == FieldChoice.TAKE_THEIRS ? pickTheirs : pickMine).setSelected(true);
            group.selectedToggleProperty().addListener((o, was, now) -> {
                if (now != null) {
                    r.choiceProperty().set(now == pickTheirs ? FieldChoice.TAKE_THEIRS : FieldChoice.KEEP_MINE);
                }
            });
            r.choiceProperty().addListener((o, was, now) ->
                    (now == FieldChoice.TAKE_THEIRS ? pickTheirs : pickMine).setSelected(true));
            pickMine.setMinWidth(Region.USE_PREF_SIZE);
            pickTheirs.setMinWidth(Region.USE_PREF_SIZE);
            HBox choice = new HBox(8, pickMine, pickTheirs);
            choice.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, field, mine, theirs, choice);
        }
        return grid;
    }

    private static ColumnConstraints choiceColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("conflict-heading");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A value; the side that changed the field is highlighted and says so (not by colour alone). */
    private static Label value(String text, boolean changed, Messages messages) {
        Label label = new Label(changed ? messages.get("teamclient.conflict.changedValue", text) : text);
        label.setWrapText(true);
        label.setMaxWidth(VALUE_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("conflict-value");
        if (changed) {
            label.getStyleClass().add("conflict-changed");
        }
        return label;
    }
}
