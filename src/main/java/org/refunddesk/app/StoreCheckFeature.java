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
    private final Label banner = new Label();

    StoreCheckFeature(AppServices services, Database database) {
        this.services = services;
        this.database = database;
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
        window.onCasesChanged(() -> refreshBanner(false));
        refreshBanner(true);
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
                    return database.damage().count();
                })
                .onSuccess(this::showCount)
                .executeWith(services.tasks());
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
                    showCount(report.damaged().size());
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
