package org.refunddesk.ui.cases;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * How many cases the store holds, known from one count while the list's rows are still being read (issue 14: at
 * 100,000 cases the rows take seconds, and until then the status bar said "0 cases", which was not true).
 */
final class StoredCaseCount {
    /** The count read from the store; -1 until it arrives. */
    private final IntegerProperty counted = new SimpleIntegerProperty(-1);
    private final IntegerBinding known;

    /** {@code rows}: the list's own count, true once {@code loaded}. */
    StoredCaseCount(ReadOnlyBooleanProperty loaded, IntegerBinding rows) {
        known = Bindings.createIntegerBinding(() -> loaded.get() ? rows.get() : counted.get(), loaded, rows, counted);
    }

    /** Counts the stored cases off the FX thread, beside (not after) the reads of every case. */
    void count(CaseRepository repository, TaskExecutor tasks, Messages messages) {
        BackgroundTask.of(messages.get("cases.task.counting"), progress -> repository.count())
                .onSuccess(n -> {
                    counted.set(n);
                    org.refunddesk.ui.StartupTimeline.mark("case-count " + n + " cases,");
                })
                // the list's own reading reports what went wrong; until it arrives the count stays "being counted"
                .onFailure(error -> { })
                .executeWith(tasks);
    }

    /** The number of cases as far as known now: the list's rows once read, the store's count before; -1 unknown. */
    IntegerBinding known() {
        return known;
    }
}
