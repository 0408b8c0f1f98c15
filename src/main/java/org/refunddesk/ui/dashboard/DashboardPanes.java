package org.refunddesk.ui.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.rules.caseload.CaseloadStats;
import org.refunddesk.rules.caseload.DueDeadline;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.timeline.TimelineEntries;

/**
 * The dashboard's lists and counts: the next deadlines across every case, overdue cases, cases idle for
 * seven days, cases whose evidence is incomplete, and the counts by status, verdict and assignee.
 */
final class DashboardPanes extends GridPane {
    /**
     * "MM-dd HH:mm", with a midnight deadline written as 24:00 of its day, as the timeline does; the year stays when
     * it is not this year's, so a 2029 limitation date doesn't read as an overdue November date.
     */
    private String when(Instant due) {
        String full = DueTimes.format(due);
        String thisYear = DueTimes.format(model.now()).substring(0, "yyyy-".length());
        return full.startsWith(thisYear) ? full.substring("yyyy-".length()) : full;
    }

    private final CaseloadViewModel model;

    private final Messages messages;
    private final ListView<String> next = list("nextDeadlines");
    private final ListView<String> overdue = list("overdueCases");
    private final ListView<String> stale = list("staleCases");
    private final ListView<String> lowEvidence = list("lowEvidenceCases");
    private final Label counts = new Label();

    DashboardPanes(CaseloadViewModel model, Messages messages) {
        this.messages = messages;
        this.model = model;
        setId("dashboardPanes");
        setHgap(8);
        setVgap(4);
        counts.setId("caseloadCounts");
        counts.setWrapText(true);
        // the deadline lines (time, case, rule) are the longest: their pane gets the most room
        add(pane("caseload.ui.nextDeadlines", next, 420), 0, 0);
        add(pane("caseload.ui.pane.overdue", overdue, 260), 1, 0);
        add(pane("caseload.ui.pane.stale", stale, 220), 2, 0);
        add(pane("caseload.ui.pane.lowEvidence", lowEvidence, 220), 3, 0);
        add(pane("caseload.ui.pane.counts", counts, 240), 4, 0);
        model.statsProperty().addListener((obs, old, stats) -> show(stats));
        show(model.statsProperty().get());
    }

    private void show(CaseloadStats stats) {
        if (stats == null) {
            return;
        }
        next.getItems().setAll(stats.nextDeadlines().stream().map(this::deadline).toList());
        overdue.getItems().setAll(more(titles(stats.overdue(), o -> {
            // the missed deadline, else the soonest open one (which is past due)
            Deadline d = o.deadlines().stream().filter(x -> x.dueAt() != null && x.state() == DeadlineState.MISSED)
                    .findFirst().orElse(o.nextOpenDeadline());
            return d == null ? "" : when(d.dueAt());
        }), stats.overdueCount()));
        stale.getItems().setAll(more(titles(stats.stale(), o -> ""), stats.staleCount()));
        lowEvidence.getItems().setAll(more(titles(stats.lowEvidence(),
                o -> messages.get("caseload.ui.pane.score", o.evidenceScore())), stats.lowEvidenceCount()));
        counts.setText(messages.get("caseload.ui.pane.byStatus") + "\n" + join(stats.byStatus())
                + "\n\n" + messages.get("caseload.ui.pane.byVerdict") + "\n" + join(stats.byVerdict())
                + (stats.unassessed() > 0 ? "\n" + messages.get("caseload.ui.pane.unassessed", stats.unassessed()) : "")
                + "\n\n" + messages.get("caseload.ui.pane.byAssignee") + "\n" + stats.byAssignee().entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? messages.get("caseload.ui.pane.unassigned") : e.getKey())
                        + " " + e.getValue())
                .collect(Collectors.joining("\n")));
    }

    private String deadline(DueDeadline d) {
        String rule = TimelineEntries.ruleName(d.deadline().rule(), messages);
        return when(d.deadline().dueAt()) + "  " + model.shownTitle(d.overview()) + "  \u00b7 " + (rule == null ? "" : rule);
    }

    /** A list read only in part (the newest cases, issue 14) says how many more there are. */
    private List<String> more(List<String> shown, int count) {
        if (count <= shown.size()) {
            return shown;
        }
        List<String> lines = new java.util.ArrayList<>(shown);
        lines.add(messages.get("caseload.ui.pane.more", count - shown.size()));
        return lines;
    }

    private List<String> titles(List<CaseOverview> cases, java.util.function.Function<CaseOverview, String> extra) {
        return cases.stream().map(o -> {
            String more = extra.apply(o);
            String title = model.shownTitle(o); // masked: a screenshot of the dashboard shows no full numbers
            return more.isEmpty() ? title : title + "  " + more;
        }).toList();
    }

    private <E extends Enum<E>> String join(Map<E, Integer> counted) {
        return counted.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> messages.of(e.getKey()) + " " + e.getValue()).collect(Collectors.joining("  \u00b7 "));
    }

    private VBox pane(String titleKey, javafx.scene.Node content, double width) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        title.setLabelFor(content);
        VBox box = new VBox(4, title, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        GridPane.setHgrow(box, Priority.ALWAYS);
        GridPane.setVgrow(box, Priority.ALWAYS);
        box.setPrefWidth(width);
        return box;
    }

    private static ListView<String> list(String id) {
        // a line (time, case, rule) wraps to the pane's width instead of running off its right edge
        ListView<String> list = org.refunddesk.ui.form.WrappingCells.wrap(new ListView<>());
        list.setId(id);
        list.setPrefHeight(180);
        return list;
    }
}
