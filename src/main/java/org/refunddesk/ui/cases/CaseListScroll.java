package org.refunddesk.ui.cases;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the case list's selection and scroll position while its rows are replaced (a keystroke in the search box,
 * a sort, a reload): the selected row, when it was on screen, stays at the same height; otherwise the top row stays
 * on top. When neither is shown any more the list starts at its top.
 */
final class CaseListScroll {
    private final TableView<CaseRow> table;
    private final CaseListViewModel model;
    private CaseRow anchor;
    private int rowsAboveAnchor;

    CaseListScroll(TableView<CaseRow> table, CaseListViewModel model) {
        this.table = table;
        this.model = model;
        model.aroundShownChanges(this::remember, this::restore);
    }

    private void remember() {
        anchor = null;
        VirtualFlow<?> flow = flow();
        if (flow == null || table.getItems().isEmpty()) {
            return;
        }
        if (flow.isNeedsLayout()) {
            table.layout(); // a scroll asked for since the last pulse: the visible cells are those after it
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null || first.getIndex() < 0 || first.getIndex() >= table.getItems().size()) {
            return;
        }
        int top = first.getIndex();
        int selectedIndex = table.getSelectionModel().getSelectedIndex();
        if (selectedIndex >= top && selectedIndex <= last.getIndex()) {
            anchor = table.getItems().get(selectedIndex);
            rowsAboveAnchor = selectedIndex - top;
        } else {
            anchor = table.getItems().get(top);
            rowsAboveAnchor = 0;
        }
    }

    private void restore() {
        CaseRow selected = model.selectedProperty().get();
        if (selected == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != selected) {
            int at = SummaryRowLists.indexOf(table.getItems(), selected);
            if (at >= 0) {
                table.getSelectionModel().clearAndSelect(at);
                table.getFocusModel().focus(at);
            }
        }
        if (anchor == null) {
            return;
        }
        int at = SummaryRowLists.indexOf(table.getItems(), anchor);
        table.scrollTo(at < 0 ? 0 : Math.max(0, at - rowsAboveAnchor));
        anchor = null;
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }
}
