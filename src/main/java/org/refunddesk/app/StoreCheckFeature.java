package org.refunddesk.app;

import java.util.List;

import javafx.scene.control.Label;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.DamagedCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreCheck;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * File → Check data runs {@code check} on the open store in the background and shows what it found; a status-bar
 * banner counts the damaged cases the list had to leave out, pointing to that menu item.
 */
final class StoreCheckFeature implements Feature {
    private static final int SHOWN = 20;

    private final AppServices services;
    private final Database database;
    private final javafx.beans.value.ObservableBooleanValue listFilled;
    private final Label banner = new Label();
    /** The damaged cases the views have been told of (reloaded once for each newly found one). */
    private final java.util.Set<java.util.UUID> announced = new java.util.HashSet<>();
    private MainWindow window;

    StoreCheckFeature(AppServices services, Database database) {
        this(services, database, new javafx.beans.property.SimpleBooleanProperty(true));
    }

    /**
     * @param listFilled true once the case list has its first rows: the start-up pass over every case waits for it,
     *                   so that at 100,000 cases it does not compete with the list's own read
     */
    StoreCheckFeature(AppServices services, Database database, javafx.beans.value.ObservableBooleanValue listFilled) {
        this.services = services;
        this.database = database;
        this.listFilled = listFilled;
    }

    @Override
    public void install(MainWindow window) {
        Messages m = services.messages();
        window.addMenuItem(MainMenu.FILE, m.get("recovery.menu.check"), 'K', this::runCheck);
        banner.setId("damagedCasesBanner");
        banner.getStyleClass().add("warning");
        banner.setVisible(false);
        banner.setManaged(false);
        window.addStatusItem(banner);
        this.window = window;
        window.onCasesChanged(() -> refreshBanner(false));
        whenListFilled(() -> refreshBanner(true));
    }

    /** Runs {@code then} once the case list has its rows (at once if it has them already). */
    private void whenListFilled(Runnable then) {
        if (listFilled.get()) {
            then.run();
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    listFilled.removeListener(this);
                    then.run();
                }
            }
        };
        listFilled.addListener(once);
    }

    /**
     * {@code readEveryCase}: once at start, every stored case is read in the background (streamed, off the list's
     * path), because the list shows summaries written before any damage and would otherwise never notice a damaged
     * row; after a change the summaries' own refresh notes what it re-reads.
     */
    private void refreshBanner(boolean readEveryCase) {
        BackgroundTask.of("", progress -> {
                    database.summaries().ensureCurrent(); // the list's own read: notes the rows it skips
                    if (readEveryCase) {
                        database.cases().forEach(c -> { }); // skips and notes damaged rows
                    }
                    database.summaries().markDamaged(); // the next start lists them as damaged at once
                    return database.damage().all().stream().map(DamagedCase::id).toList();
                })
                .readsEveryCase()
                .onSuccess(this::found)
                .executeWith(services.tasks());
    }

    /**
     * Shows the count; when this pass found a damaged case the views did not know of (its summary was written before
     * the damage), they are reloaded once so the list, agenda and dashboard show it as damaged.
     */
    private void found(List<java.util.UUID> damaged) {
        showCount(damaged.size());
        if (announced.addAll(damaged) && window != null) {
            window.fireCasesChanged();
        }
    }

    private void showCount(int damaged) {
        banner.setText(damaged == 0 ? "" : services.messages().get("recovery.damaged.banner", damaged));
        banner.setVisible(damaged > 0);
        banner.setManaged(damaged > 0);
    }

    private void runCheck() {
        Messages m = services.messages();
        BackgroundTask.of(m.get("recovery.menu.checking"), progress -> StoreCheck.run(database))
                .onSuccess(report -> {
                    found(report.damaged().stream().map(DamagedCase::id).toList());
                    if (report.clean()) {
                        services.dialogs().info(m.get("recovery.menu.check.title"), m.get("recovery.check.clean", report.readable()));
                        return;
                    }
                    services.dialogs().error(m.get("recovery.menu.check.title"), describe(report, m));
                })
                .onFailure(error -> services.dialogs().error(m.get("recovery.menu.check.title"),
                        String.valueOf(error.getMessage())))
                .executeWith(services.tasks());
    }

    private static String describe(StoreCheck.Report report, Messages m) {
        StringBuilder text = new StringBuilder();
        report.tableProblems().forEach(p -> text.append(m.get("recovery.check.table", p)).append('\n'));
        List<DamagedCase> damaged = report.damaged();
        damaged.stream().limit(SHOWN).forEach(d -> text.append(m.get("recovery.check.case", d.id().toString(),
                d.title() == null ? m.get("recovery.check.noTitle") : d.title(), d.problem())).append('\n'));
        if (damaged.size() > SHOWN) {
            text.append(m.get("recovery.menu.check.more", damaged.size() - SHOWN)).append('\n');
        }
        return text.append(m.get("recovery.check.summary", report.readable(), damaged.size(),
                report.tableProblems().size())).toString();
    }
}
