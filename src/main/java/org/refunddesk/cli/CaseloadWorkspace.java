package org.refunddesk.cli;

import java.time.Instant;
import java.util.List;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.store.CaseRepository;

/**
 * What the caseload commands (due, export-xlsx, import-xlsx, ics) need: the stored cases, and each case
 * with its verdict, deadlines and evidence score at a given moment. The app opens the real one on the
 * data folder; tests hand in their own.
 */
public interface CaseloadWorkspace extends AutoCloseable {
    CaseRepository cases();

    /** Every case with its deadlines (explained), verdict and evidence score at {@code now}. */
    List<CaseOverview> overviews(Instant now);

    /** The same, but deadline explanations may be left empty: for exports of many cases. */
    default List<CaseOverview> overviewsForLists(Instant now) {
        return overviews(now);
    }

    /**
     * At least every case with an open deadline due no later than {@code until} (null: any open deadline), as
     * {@link #overviews} gives them; the store reads only those from its summaries instead of every case.
     */
    default List<CaseOverview> overviewsDueBy(Instant now, Instant until) {
        return overviews(now);
    }

    /**
     * The same; {@code explained} false: only what a stored summary knows of each deadline (rule, due time, state;
     * no basis, no explanation) and of each case (its listed fields), so nothing but summaries need be read.
     */
    default List<CaseOverview> overviewsDueBy(Instant now, Instant until, boolean explained) {
        return overviewsDueBy(now, until);
    }

    @Override
    void close();

    /** Opens the workspace on the command's data folder, stamping writes with its clock. */
    @FunctionalInterface
    interface Opener {
        CaseloadWorkspace open(CliContext context);
    }
}
