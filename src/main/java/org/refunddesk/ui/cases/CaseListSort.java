package org.refunddesk.ui.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.scene.control.TableColumn;

/** The table's sort order (the columns the user clicked, each with its direction) as the model's sort keys. */
final class CaseListSort {
    private CaseListSort() {
    }

    /** Each column compares its cell values with its own comparator, reversed when descending, as TableView does. */
    @SuppressWarnings("unchecked")
    static List<PresortedRows.SortKey> keysOf(List<TableColumn<CaseRow, ?>> sortOrder) {
        List<PresortedRows.SortKey> keys = new ArrayList<>();
        for (TableColumn<CaseRow, ?> column : sortOrder) {
            Comparator<Object> comparator = (Comparator<Object>) column.getComparator();
            keys.add(new PresortedRows.SortKey(column::getCellData, comparator,
                    column.getSortType() == TableColumn.SortType.DESCENDING));
        }
        return keys;
    }
}
