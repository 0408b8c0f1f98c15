package org.refunddesk.ui.dashboard;

import java.util.List;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.caseload.CaseloadStats;
import org.refunddesk.rules.i18n.Messages;

/**
 * The dashboard's charts: cases by status and by verdict, amount claimed vs recovered by month, and the
 * platforms with the most cases (name variants counted together). Clicking a status bar, verdict slice or
 * platform bar narrows the caseload list to those cases. Redrawn whenever the numbers change.
 */
final class CaseloadCharts extends GridPane {
    private final CaseloadViewModel model;
    private final Messages messages;
    private final BarChart<String, Number> byStatus;
    private final PieChart byVerdict = new PieChart();
    private final BarChart<String, Number> byMonth;
    private final BarChart<String, Number> byPlatform;

    CaseloadCharts(CaseloadViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("caseloadCharts");
        setHgap(8);
        setVgap(8);
        byStatus = barChart("statusChart", "caseload.ui.chart.status");
        byVerdict.setId("verdictChart");
        byVerdict.setTitle(messages.get("caseload.ui.chart.verdict"));
        // labels around a small pie crowd it: the legend names the slices instead
        byVerdict.setLabelsVisible(false);
        byVerdict.setLegendVisible(true);
        byVerdict.setLegendSide(javafx.geometry.Side.RIGHT);
        byMonth = barChart("monthChart", "caseload.ui.chart.months");
        byMonth.setLegendVisible(true);
        byPlatform = barChart("platformChart", "caseload.ui.chart.platforms");
        add(byStatus, 0, 0);
        add(byVerdict, 1, 0);
        add(byMonth, 0, 1);
        add(byPlatform, 1, 1);
        for (Node chart : List.of(byStatus, byVerdict, byMonth, byPlatform)) {
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
            ((javafx.scene.layout.Region) chart).setMinSize(200, 160);
            ((javafx.scene.layout.Region) chart).setPrefSize(420, 260);
        }
        model.statsProperty().addListener((obs, old, stats) -> redraw(stats));
        redraw(model.statsProperty().get());
    }

    private BarChart<String, Number> barChart(String id, String titleKey) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setId(id);
        chart.setTitle(messages.get(titleKey));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }

    private void redraw(CaseloadStats stats) {
        if (stats == null) {
            return;
        }
        XYChart.Series<String, Number> status = new XYChart.Series<>();
        for (CaseStatus s : CaseStatus.values()) {
            status.getData().add(clickable(messages.of(s), stats.byStatus().get(s), "statusBar-" + s.name(),
                    () -> model.filterByStatus(s)));
        }
        byStatus.getData().setAll(List.of(status));

        byVerdict.getData().clear();
        for (Verdict v : Verdict.values()) {
            int n = stats.byVerdict().get(v);
            if (n > 0) {
                PieChart.Data slice = new PieChart.Data(messages.of(v) + " " + n, n);
                byVerdict.getData().add(slice);
                onClick(slice.getNode(), "verdictSlice-" + v.name(), () -> model.filterByVerdict(v));
            }
        }

        XYChart.Series<String, Number> claimed = new XYChart.Series<>();
        claimed.setName(messages.get("caseload.ui.chart.claimed"));
        XYChart.Series<String, Number> recovered = new XYChart.Series<>();
        recovered.setName(messages.get("caseload.ui.chart.recovered"));
        for (CaseloadStats.MonthAmounts m : stats.amountsByMonth()) {
            claimed.getData().add(new XYChart.Data<>(m.month().toString(), m.claimed().doubleValue()));
            recovered.getData().add(new XYChart.Data<>(m.month().toString(), m.recovered().doubleValue()));
        }
        byMonth.getData().setAll(List.of(claimed, recovered));

        XYChart.Series<String, Number> platforms = new XYChart.Series<>();
        int rank = 0;
        for (CaseloadStats.PlatformCount p : stats.topPlatforms()) {
            String name = p.platform();
            platforms.getData().add(clickable(name, p.cases(), "platformBar-" + rank++, () -> showPlatform(name)));
        }
        byPlatform.getData().setAll(List.of(platforms));
    }

    /** The cluster the bar counted, exactly; a plain platform filter when the clusters are not loaded yet. */
    private void showPlatform(String displayName) {
        model.clusters().stream().filter(c -> c.displayName().equals(displayName)).findFirst()
                .ifPresentOrElse(model::showCluster, () -> model.filterByPlatform(displayName));
    }

    private XYChart.Data<String, Number> clickable(String category, int value, String id, Runnable action) {
        XYChart.Data<String, Number> bar = new XYChart.Data<>(category, value);
        // the chart makes the bar's node when the data is shown
        bar.nodeProperty().addListener((obs, old, node) -> onClick(node, id, action));
        return bar;
    }

    private void onClick(Node node, String id, Runnable action) {
        if (node == null) {
            return;
        }
        node.setId(id);
        node.setCursor(Cursor.HAND);
        Tooltip.install(node, new Tooltip(messages.get("caseload.ui.chart.clickToFilter")));
        node.setOnMouseClicked(e -> action.run());
    }
}
