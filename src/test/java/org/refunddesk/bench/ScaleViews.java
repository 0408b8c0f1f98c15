package org.refunddesk.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.rules.agenda.Agenda;
import org.refunddesk.rules.agenda.AgendaFilter;
import org.refunddesk.rules.agenda.DueWithin;
import org.refunddesk.rules.caseload.CaseloadStats;
import org.refunddesk.rules.caseload.PlatformClusterer;
import org.refunddesk.rules.caseload.SummaryOverviews;
import org.refunddesk.rules.reminders.CaseDeadline;
import org.refunddesk.store.Database;
import org.refunddesk.ui.cases.CaseRow;
import org.refunddesk.ui.cases.PresortedRows;
import org.refunddesk.ui.timeline.AgendaViewModel;

/**
 * The scale bench's in-process figures on one store: the filter per keystroke, dashboard and agenda open, bulk-assign
 * of 1,000 cases. Each is run {@code runs} times after two untimed warm-up runs (the JIT has compiled the path, as in
 * a running app); floors are measured in the same loop.
 */
final class ScaleViews {
    private static final String[] QUERIES = {"p17", "case 12", "ord-4", "ｃａｓｅ 99", "p3 case"};

    private final Database db;
    private final int runs;

    ScaleViews(Database db, int runs) {
        this.db = db;
        this.runs = runs;
    }

    /** Only the in-process rows on an existing store: {@code ScaleViews STORE [runs=5]} (the store is not changed
     * except by bulk-assign's assignee). */
    public static void main(String[] args) throws Exception {
        all(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 5);
    }

    static void all(Path store, int runs) throws Exception {
        try (Database db = Database.open(store)) {
            db.summaries().ensureCurrent();
            ScaleViews views = new ScaleViews(db, runs);
            views.filter();
            views.dashboard();
            views.agenda();
            views.bulkAssign();
        }
    }

    /**
     * Per keystroke, as the case list does it (no debounce): {@link PresortedRows} holds every row read from the
     * summaries presorted in the table's default order (next deadline), each keystroke filters it in one pass and
     * the result replaces the table's items list in one {@code setAll}; floor: a plain loop of
     * {@code String.contains} over the same key strings.
     */
    @SuppressWarnings("unchecked")
    void filter() {
        List<CaseRow> loaded = new ArrayList<>();
        db.summaries().forEach(s -> loaded.add(CaseRow.of(s)));
        PresortedRows presorted = new PresortedRows();
        ObservableList<CaseRow> items = FXCollections.observableArrayList();
        presorted.setRows(loaded);
        // the table's default order: soonest next deadline first (the column's comparator)
        java.util.Comparator<Deadline> byDue = java.util.Comparator.nullsLast(java.util.Comparator.comparing(Deadline::dueAt));
        items.setAll(presorted.sortBy(List.of(new PresortedRows.SortKey(r -> r.insight().nextDeadline(),
                (java.util.Comparator<Object>) (java.util.Comparator<?>) byDue, false))));
        String[] keys = loaded.stream().map(CaseRow::searchKey).toArray(String[]::new);
        List<Long> p95s = new ArrayList<>();
        List<Long> floorP95s = new ArrayList<>();
        for (int r = 0; r < runs + 2; r++) {
            List<Long> each = new ArrayList<>();
            List<Long> floor = new ArrayList<>();
            for (String query : QUERIES) {
                for (int i = 1; i <= query.length(); i++) {
                    String typed = query.substring(0, i);
                    long t0 = System.nanoTime();
                    items.setAll(presorted.filter(typed));
                    int shown = items.size();
                    each.add(System.nanoTime() - t0);
                    long f0 = System.nanoTime();
                    String plain = typed.toLowerCase();
                    int count = 0;
                    for (String key : keys) {
                        if (key.contains(plain)) {
                            count++;
                        }
                    }
                    floor.add(System.nanoTime() - f0);
                    if (count < 0 || shown < 0) {
                        throw new IllegalStateException();
                    }
                }
                items.setAll(presorted.filter(""));
            }
            if (r >= 2) {
                p95s.add(p95(each));
                floorP95s.add(p95(floor));
            }
        }
        ScaleBenchmark.row("filter per keystroke, p95 (" + keys.length + " rows)", ScaleBenchmark.Figures.of(p95s, "", -1),
                "plain loop over the same keys", ScaleBenchmark.Figures.of(floorP95s, "", -1));
    }

    /**
     * What the dashboard's load does (issue 14, two steps): "open" is {@code ensureCurrent} and the numbers, charts and
     * lists from SQL aggregates over the summaries ({@code CaseSummaries.caseload}); the table's rows and the platform
     * clusters (every summary read) fill in after, timed on their own line.
     */
    void dashboard() throws Exception {
        ScaleBenchmark.Figures floor = timed(this::readSummaryRows);
        ScaleBenchmark.Figures open = timed(() -> {
            db.summaries().ensureCurrent();
            CaseloadStats stats = db.summaries().caseload(Instant.now(), CaseloadStats.Settings.DEFAULTS);
            return stats.total();
        });
        ScaleBenchmark.row("dashboard open (SQL aggregates)", open, "reading every summary row", floor);
        ScaleBenchmark.Figures table = timed(() -> {
            List<CaseOverview> rows = new ArrayList<>();
            db.summaries().forEach(s -> rows.add(SummaryOverviews.overview(s)));
            var clusters = new PlatformClusterer().cluster(rows.stream().map(CaseOverview::refundCase).toList());
            return rows.size() + clusters.size();
        });
        ScaleBenchmark.row("dashboard table filled (rows, clusters; after)", table, "reading every summary row", floor);
    }

    /** What the agenda's load does: every dated deadline from the summaries, then the default view (all, soonest first). */
    void agenda() throws Exception {
        ScaleBenchmark.Figures floor = timed(this::readSummaryRows);
        ScaleBenchmark.Figures open = timed(() -> {
            List<CaseDeadline> all = AgendaViewModel.collect(db.summaries());
            return Agenda.of(all, new AgendaFilter(null, DueWithin.ANY), Instant.now()).size();
        });
        ScaleBenchmark.row("agenda open (every open deadline)", open, "reading every summary row", floor);
    }

    /** {@code CaseRepository.assignAll} of 1,000 cases: one batched UPDATE of cases and of their summaries. */
    void bulkAssign() throws Exception {
        List<UUID> ids = new ArrayList<>();
        db.summaries().forEach(s -> {
            if (ids.size() < 1_000) {
                ids.add(s.id());
            }
        });
        int[] round = {0};
        ScaleBenchmark.Figures assign = timed(() -> db.cases().assignAll(ids, "志愿者" + round[0]++));
        ScaleBenchmark.row("bulk-assign " + ids.size() + " (cases + summaries)", assign, "-", null);
    }

    /** The floor of the views that read summaries: every row of case_summaries read over JDBC, nothing built. */
    private int readSummaryRows() {
        return db.inTransaction(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM case_summaries")) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        n++;
                    }
                }
            }
            return n;
        });
    }

    private ScaleBenchmark.Figures timed(Work work) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int r = 0; r < runs + 2; r++) {
            long t0 = System.nanoTime();
            if (work.run() < 0) {
                throw new IllegalStateException();
            }
            if (r >= 2) {
                times.add(System.nanoTime() - t0);
            }
        }
        return ScaleBenchmark.Figures.of(times, "", -1);
    }

    private static long p95(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    @FunctionalInterface
    private interface Work {
        int run() throws Exception;
    }
}
