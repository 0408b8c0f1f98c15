package org.refunddesk.ui.home;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.StartupTimeline;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * Home: whether the folder is fresh (welcome page) and, with cases, what needs the person — one entry per case
 * with its lines already worded. Read and planned off the FX thread.
 */
public final class HomeViewModel {
    /** One case on Home: its lines (each with a kind for its colour) and the section its button opens. */
    public record Entry(UUID caseId, String title, List<Line> lines, String section) {
    }

    public record Line(Kind kind, String text) {
    }

    public enum Kind { MISSED, SOON, YOUR_MOVE, STILL_POSSIBLE }

    private final AppServices services;
    private final Messages m;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final BooleanProperty fresh = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    /** The store's number of cases, counted at once while Home's first reading runs; -1 until known. */
    private final javafx.beans.property.IntegerProperty caseCount = new javafx.beans.property.SimpleIntegerProperty(-1);

    public HomeViewModel(AppServices services) {
        this.services = services;
        this.m = services.messages();
    }

    public void reload() {
        Instant now = services.clock().instant();
        int eraseMonths = services.preferences().autoEraseClosedMonths();
        HomeItems items = new HomeItems(m, services.insights());
        if (!loaded.get()) {
            // one count, beside the reads of every case: Home says how many cases it is going through meanwhile
            BackgroundTask.of(m.get("home.task.count"), progress -> services.cases().count())
                    .onSuccess(caseCount::set)
                    .onFailure(e -> { }) // the reading itself reports a store that cannot be read
                    .executeWith(services.tasks());
        }
        BackgroundTask.of(m.get("home.task.load"), progress -> {
                    if (services.summaries() != null) {
                        // issue 14: only what Home can show, from the summaries, not every whole case
                        return new Loaded(services.cases().count() == 0,
                                items.fromSummaries(services.summaries(), services.cases(), now, eraseMonths));
                    }
                    List<RefundCase> cases = services.cases().list();
                    return new Loaded(cases.isEmpty(), items.fromCases(cases, now, eraseMonths));
                })
                .readsEveryCase()
                .onSuccess(result -> {
                    boolean first = !loaded.get();
                    failed.set(false);
                    entries.setAll(result.entries());
                    fresh.set(result.fresh());
                    loaded.set(true);
                    if (first) {
                        StartupTimeline.mark("home-filled " + result.entries().size() + " entries,");
                    }
                })
                .onFailure(e -> {
                    // Home stops saying it is gathering: it says the cases could not be read instead
                    failed.set(true);
                    loaded.set(true);
                    services.dialogs().error(m.get("home.error"), String.valueOf(e.getMessage()));
                })
                .executeWith(services.tasks());
    }

    /** Reads the entry's case whole off the FX thread, then hands it to {@code open} with the section to show. */
    public void open(Entry entry, BiConsumer<RefundCase, String> open) {
        BackgroundTask.of(m.get("home.task.load"), progress -> services.cases().find(entry.caseId()).orElse(null))
                .onSuccess(found -> {
                    if (found != null) {
                        open.accept(found, entry.section());
                    }
                })
                .onFailure(e -> services.dialogs().error(m.get("home.error"), String.valueOf(e.getMessage())))
                .executeWith(services.tasks());
    }

    private record Loaded(boolean fresh, List<Entry> entries) {
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** True once loaded when the folder has no case at all: Home is the welcome page. */
    public BooleanProperty freshProperty() {
        return fresh;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** How many cases the store holds, counted before the first reading finishes; -1 until counted. */
    public javafx.beans.property.ReadOnlyIntegerProperty caseCountProperty() {
        return caseCount;
    }

    /** True when the last reading failed (Home then says so instead of "nothing needs you"). */
    public BooleanProperty failedProperty() {
        return failed;
    }
}
