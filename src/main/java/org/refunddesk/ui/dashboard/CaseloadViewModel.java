package org.refunddesk.ui.dashboard;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.caseload.CaseActivity;
import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.rules.caseload.CaseloadStats;
import org.refunddesk.rules.caseload.PlatformCluster;
import org.refunddesk.rules.caseload.PlatformClusterer;
import org.refunddesk.rules.caseload.SummaryOverviews;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.CaseSummaries;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;
import org.refunddesk.ui.cases.LoadErrorText;
import org.refunddesk.ui.team.OfflineReads;

/**
 * The volunteer caseload: every case with its verdict and deadlines (loaded off the FX thread), the
 * dashboard numbers, a filter ("my cases" = assigned to the helper name from the settings), the
 * selection, and bulk actions on it (assign, tag, change status) through the store.
 */
public final class CaseloadViewModel {
    private final CaseRepository repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Path dataDir;
    private final CaseOverviews overviews;
    private final StringProperty helperName;
    private final Runnable casesChanged;
    /** Null in tests without a store: whole cases are loaded instead. */
    private final CaseSummaries summaries;
    /** Last activity and refunds of the rows read from summaries (their cases carry no events). */
    private final Map<UUID, CaseActivity> activities = new HashMap<>();
    /** The loaded cases whose stored row does not read (issue 15): shown as damaged, never as their old summary. */
    private volatile Set<UUID> damaged = Set.of();

    private final ObservableList<CaseOverview> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseOverview> filtered = new FilteredList<>(rows);
    private final ObservableList<CaseOverview> selection = FXCollections.observableArrayList();
    private final ObjectProperty<CaseFilter> filter = new SimpleObjectProperty<>(CaseFilter.ALL);
    private final BooleanProperty myCasesOnly = new SimpleBooleanProperty();
    private final ObjectProperty<CaseloadStats> stats = new SimpleObjectProperty<>();
    private final ObjectProperty<PlatformCluster> cluster = new SimpleObjectProperty<>();
    private final ObservableList<PlatformCluster> clusters = FXCollections.observableArrayList();

    /** The clock's "now" (the dashboard writes dates without the year only when they fall in this year). */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** @param casesChanged told after a bulk change was stored, so other views (the case list) reload */
    public CaseloadViewModel(AppServices services, Runnable casesChanged) {
        this(services, new CaseOverviews(services.insights(), null), casesChanged);
    }

    /** @param overviews builds each case's verdict, deadlines and evidence score */
    public CaseloadViewModel(AppServices services, CaseOverviews overviews, Runnable casesChanged) {
        this.repository = services.cases();
        this.tasks = services.tasks();
        this.dialogs = services.dialogs();
        this.messages = services.messages();
        this.clock = services.clock();
        this.dataDir = services.dataDir();
        this.overviews = overviews;
        this.helperName = services.preferences().helperNameProperty();
        this.casesChanged = casesChanged;
        this.summaries = services.summaries();
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, filter, myCasesOnly, helperName,
                cluster));
    }

    public ObservableList<CaseOverview> rows() {
        return rows;
    }

    /** The cases the filter lets through. */
    public FilteredList<CaseOverview> filteredRows() {
        return filtered;
    }

    /** The cases selected in the table; the view keeps it up to date. */
    public ObservableList<CaseOverview> selection() {
        return selection;
    }

    public ObjectProperty<CaseFilter> filterProperty() {
        return filter;
    }

    public BooleanProperty myCasesOnlyProperty() {
        return myCasesOnly;
    }

    public ObjectProperty<CaseloadStats> statsProperty() {
        return stats;
    }

    /** The same-platform cluster the list is narrowed to (the "show these cases" button), or null. */
    public ObjectProperty<PlatformCluster> clusterProperty() {
        return cluster;
    }

    /** Cases naming the same platform however written, largest first (recomputed on every load). */
    public ObservableList<PlatformCluster> clusters() {
        return clusters;
    }

    /** A chart bar was clicked: keep the other criteria, narrow to this status. */
    public void filterByStatus(CaseStatus status) {
        filter.set(currentFilter().withStatus(status));
    }

    public void filterByVerdict(Verdict verdict) {
        filter.set(currentFilter().withVerdict(verdict));
    }

    public void filterByPlatform(String platform) {
        filter.set(currentFilter().withPlatform(platform));
    }

    /** Narrows the list to exactly the cluster's cases (for a joint complaint). */
    public void showCluster(PlatformCluster c) {
        cluster.set(c);
    }

    /** Back to every case (the "my cases" switch stays as it is). */
    public void clearFilter() {
        cluster.set(null);
        filter.set(CaseFilter.ALL);
    }

    /** What narrows the list now, e.g. {@code status=NEW; platform=X}; empty when nothing does. */
    public String activeFilterText() {
        String text = currentFilter().toText();
        PlatformCluster c = cluster.get();
        if (c != null) {
            String clusterText = messages.get("caseload.ui.filter.cluster", c.displayName());
            text = text.isEmpty() ? clusterText : text + "; " + clusterText;
        }
        return text;
    }

    private CaseFilter currentFilter() {
        return filter.get() == null ? CaseFilter.ALL : filter.get();
    }

    public String helperName() {
        return helperName.get() == null ? "" : helperName.get().strip();
    }

    private Predicate<CaseOverview> predicate() {
        CaseFilter f = filter.get() == null ? CaseFilter.ALL : filter.get();
        CaseFilter mine = myCasesOnly.get() ? f.withAssignee(helperName()) : f;
        // "my cases" without a name set in the settings would match the unassigned cases: show none instead
        boolean noName = myCasesOnly.get() && helperName().isEmpty();
        var now = clock.instant();
        Set<UUID> only = cluster.get() == null ? null
                : cluster.get().cases().stream().map(RefundCase::id).collect(Collectors.toSet());
        return o -> !noName && (only == null || only.contains(o.refundCase().id())) && mine.matches(o, now);
    }

    /**
     * Loads off the FX thread: with a store (issue 14) first the figures from SQL aggregates over the summaries, then
     * the table's rows and platform clusters from every summary; without one, whole cases at once.
     */
    public void reload() {
        if (summaries == null) {
            BackgroundTask.of(messages.get("caseload.ui.task.loading"), progress -> fromCases(clock.instant(), progress))
                    .onSuccess(this::show)
                    .onFailure(OfflineReads.unlessUnreachable(this::showError))
                    .executeWith(tasks);
            return;
        }
        BackgroundTask.of(messages.get("caseload.ui.task.loading"), progress -> {
                    summaries.ensureCurrent();
                    return summaries.caseload(clock.instant(), CaseloadStats.Settings.DEFAULTS);
                })
                .onSuccess(figures -> {
                    stats.set(figures);
                    loadRows();
                })
                .onFailure(OfflineReads.unlessUnreachable(this::showError))
                .executeWith(tasks);
    }

    /** The table's rows and the clusters, from every summary (after the numbers are shown). */
    private void loadRows() {
        BackgroundTask.of(messages.get("caseload.ui.task.loading"), progress -> fromSummaries())
                .onSuccess(this::show)
                .onFailure(OfflineReads.unlessUnreachable(this::showError))
                .executeWith(tasks);
    }

    private void show(Loaded loaded) {
        damaged = loaded.damaged();
        activities.clear();
        activities.putAll(loaded.activities());
        rows.setAll(loaded.overviews());
        if (loaded.stats() != null) {
            stats.set(loaded.stats());
        }
        clusters.setAll(loaded.clusters());
        refreshCluster();
    }

    private Loaded fromSummaries() {
        DashboardRows read = DashboardRows.readAll(summaries);
        List<PlatformCluster> clusters = new PlatformClusterer().cluster(
                read.overviews().stream().map(CaseOverview::refundCase).toList());
        return new Loaded(read.overviews(), null, clusters, read.activities(), read.damaged());
    }

    private Loaded fromCases(java.time.Instant now, BackgroundTask.Progress progress) {
        List<RefundCase> cases = repository.list();
        var build = overviews.at(now);
        List<CaseOverview> built = new ArrayList<>();
        for (RefundCase c : cases) {
            built.add(build.apply(c));
            progress.update(built.size(), cases.size());
        }
        List<PlatformCluster> clusters = new PlatformClusterer().cluster(cases);
        return new Loaded(built, CaseloadStats.of(built, now, CaseloadStats.Settings.DEFAULTS,
                o -> CaseActivity.of(o.refundCase()), clusters), clusters, Map.of(), Set.of());
    }

    /** The stored activity of summary rows; a whole case's own events otherwise. */
    private static Function<CaseOverview, CaseActivity> activityOf(Map<UUID, CaseActivity> stored) {
        return o -> {
            CaseActivity a = stored.get(o.refundCase().id());
            return a != null ? a : CaseActivity.of(o.refundCase());
        };
    }

    /** One batched store update of the selected cases and their summaries, off the FX thread (issue 14). */
    public void assignSelected(String assignee) {
        String name = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (summaries == null) {
            changeSelected("caseload.ui.task.assigning", c -> c.withAssignee(name));
            return;
        }
        List<UUID> ids = selection.stream().map(o -> o.refundCase().id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        BackgroundTask.of(messages.get("caseload.ui.task.assigning", ids.size()), progress -> {
                    repository.assignAll(ids, name);
                    return reread(ids);
                })
                .onSuccess(this::applyChanged)
                .onFailure(error -> {
                    showError(error);
                    reload();
                })
                .executeWith(tasks);
    }

    /** The changed cases' rows as stored now (their summaries) and the numbers again from SQL aggregates. */
    private Changed reread(List<UUID> ids) {
        List<CaseOverview> changed = new ArrayList<>();
        Map<UUID, CaseActivity> activity = new HashMap<>();
        for (CaseSummary s : summaries.find(ids)) {
            changed.add(SummaryOverviews.overview(s));
            activity.put(s.id(), CaseActivity.of(s));
        }
        return new Changed(changed, activity, summaries.caseload(clock.instant(), CaseloadStats.Settings.DEFAULTS));
    }

    private void applyChanged(Changed changed) {
        activities.putAll(changed.activities());
        replace(changed.overviews());
        stats.set(changed.stats() != null ? changed.stats() : CaseloadStats.of(List.copyOf(rows), clock.instant(),
                CaseloadStats.Settings.DEFAULTS, activityOf(activities)));
        casesChanged.run();
    }

    public void tagSelected(String tag) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        changeSelected("caseload.ui.task.tagging", c -> {
            LinkedHashSet<String> tags = new LinkedHashSet<>(c.tags());
            tags.add(tag.strip());
            return c.withTags(List.copyOf(tags));
        });
    }

    public void setStatusOfSelected(CaseStatus status) {
        if (status != null) {
            changeSelected("caseload.ui.task.status", c -> c.withStatus(status));
        }
    }

    /**
     * Stores the change of every selected case in one transaction, off the FX thread: on a failure
     * nothing changed, and the list is reloaded so what is shown is what is stored.
     */
    private void changeSelected(String titleKey, Function<RefundCase, RefundCase> change) {
        List<UUID> ids = selection.stream().map(o -> o.refundCase().id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        BackgroundTask.of(messages.get(titleKey, ids.size()), progress -> {
                    // rows read from summaries hold no whole case: the change is made to the stored one
                    List<RefundCase> targets = ids.stream().map(id -> repository.find(id)
                            .orElseThrow(() -> new org.refunddesk.store.CaseNotFoundException(id))).toList();
                    List<RefundCase> stored = repository.updateAll(targets.stream().map(change).toList());
                    if (summaries != null) {
                        return reread(ids);
                    }
                    var build = overviews.at(clock.instant());
                    List<CaseOverview> changed = new ArrayList<>();
                    for (RefundCase c : stored) {
                        changed.add(build.apply(c));
                        progress.update(changed.size(), stored.size());
                    }
                    return new Changed(changed, Map.of(), null);
                })
                .onSuccess(this::applyChanged)
                .onFailure(error -> {
                    showError(error);
                    reload();
                })
                .executeWith(tasks);
    }

    /** After a reload the shown cluster is the reloaded one with the same key (its cases may have changed). */
    private void refreshCluster() {
        PlatformCluster shown = cluster.get();
        if (shown != null) {
            cluster.set(clusters.stream().filter(c -> c.key().equals(shown.key())).findFirst().orElse(null));
        }
    }

    private void replace(List<CaseOverview> changed) {
        Map<UUID, CaseOverview> byId = changed.stream()
                .collect(Collectors.toMap(o -> o.refundCase().id(), Function.identity()));
        for (int i = 0; i < rows.size(); i++) {
            CaseOverview now = byId.get(rows.get(i).refundCase().id());
            if (now != null) {
                rows.set(i, now);
            }
        }
    }

    private void showError(Throwable error) {
        var said = LoadErrorText.of(messages, "caseload.ui.error", error, dataDir);
        dialogs.error(said.title(), OfflineReads.unreachable(error) ? messages.get("caseload.ui.offline") : said.text());
    }

    /** @param stats null: the numbers came first, from the store */
    private record Loaded(List<CaseOverview> overviews, CaseloadStats stats, List<PlatformCluster> clusters,
                          Map<UUID, CaseActivity> activities, Set<UUID> damaged) {
    }

    /** True when this case's stored row does not read: the dashboard marks it damaged. */
    public boolean damaged(UUID caseId) {
        return damaged.contains(caseId);
    }

    /** The case's title as the dashboard shows it: marked when the case is damaged. */
    public String shownTitle(CaseOverview o) {
        String title = org.refunddesk.rules.Masking.text(o.refundCase().title());
        return damaged(o.refundCase().id()) ? messages.get("damaged.marked", title) : title;
    }

    /** @param stats the numbers as stored now (null: computed from the rows in memory) */
    private record Changed(List<CaseOverview> overviews, Map<UUID, CaseActivity> activities, CaseloadStats stats) { }
}
