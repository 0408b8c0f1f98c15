package org.refunddesk.app;

import java.time.Instant;
import java.util.List;

import org.refunddesk.cli.CaseloadWorkspace;
import org.refunddesk.cli.CliContext;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;

/** The caseload commands' view of the data folder: the case database plus each case's deadlines at "now". */
final class StoreCaseloadWorkspace implements CaseloadWorkspace {

    /** Computes a case's deadlines at a moment. */
    @FunctionalInterface
    interface DeadlineSource {
        List<Deadline> deadlines(RefundCase refundCase, Instant now);
    }

    private final Database database;
    private final DeadlineSource deadlines;

    private StoreCaseloadWorkspace(Database database, DeadlineSource deadlines) {
        this.database = database;
        this.deadlines = deadlines;
    }

    static CaseloadWorkspace.Opener opener(DeadlineSource deadlines) {
        return (CliContext context) -> new StoreCaseloadWorkspace(
                Database.open(context.dataDir(), context.clock()), deadlines);
    }

    @Override
    public CaseRepository cases() {
        return database.cases();
    }

    @Override
    public List<CaseOverview> overviews(Instant now) {
        return database.cases().list().stream().map(c -> CaseOverview.of(c, deadlines.deadlines(c, now))).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
