package org.refunddesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

import org.refunddesk.cli.AutoBackups;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.main.AboutInfo;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * The app's automatic backups: one a day while it runs (checked two minutes after start, then every hour, written
 * in the background when the newest automatic backup is a day old) and one when it closes, into the folder chosen in
 * the settings. A failed daily backup is said in a notification; the backup at exit runs on a worker thread that
 * closing waits for.
 */
final class AutomaticBackups {
    private static final Duration DAY = Duration.ofHours(24);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final javafx.util.Duration FIRST_CHECK = javafx.util.Duration.minutes(2);

    private final Database db;
    private final Clock clock;
    private final Supplier<Map<String, String>> settings;
    private Timeline daily;

    AutomaticBackups(Database db, Clock clock, Supplier<Map<String, String>> settings) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
    }

    Path folder() {
        return AutoBackups.folder(db.dataDir(), settings.get());
    }

    /**
     * Checks two minutes after start and then every hour whether a day has passed since the newest automatic
     * backup: not at once, where reading every case for a backup would compete with filling the case list
     * (100,000 cases: seconds). Closing the app within those minutes still writes the backup at exit.
     */
    void startDaily(TaskExecutor tasks, DialogService dialogs, Messages messages) {
        daily = new Timeline(new KeyFrame(FIRST_CHECK, e -> runIfDue(tasks, dialogs, messages)),
                new KeyFrame(FIRST_CHECK.add(javafx.util.Duration.hours(1))));
        daily.setOnFinished(e -> {
            daily = new Timeline(new KeyFrame(javafx.util.Duration.hours(1), tick -> runIfDue(tasks, dialogs, messages)));
            daily.setCycleCount(Timeline.INDEFINITE);
            daily.play();
        });
        daily.play();
    }

    private void runIfDue(TaskExecutor tasks, DialogService dialogs, Messages messages) {
        BackgroundTask.of(messages.get("recovery.auto.running"), progress -> isDue() ? write() : null)
                .onSuccess(written -> {
                    if (written != null) {
                        dialogs.notify(messages.get("recovery.auto.done", written));
                    }
                })
                .onFailure(error -> dialogs.notify(messages.get("recovery.auto.failed", String.valueOf(error.getMessage()))))
                .executeWith(tasks);
    }

    boolean isDue() {
        return last().map(b -> !b.takenAt().plus(DAY).isAfter(LocalDateTime.ofInstant(clock.instant(), SHANGHAI)))
                .orElse(true);
    }

    /** Writes one automatic backup now (and rotates); null when the store is empty or cannot be written to. */
    synchronized Path write() throws IOException {
        if (db.readOnlyBecause().isPresent()) {
            return null;
        }
        return AutoBackups.run(db, clock, settings, folder()).written();
    }

    /** True while the hourly check (or the first one, two minutes after start) is waiting to run. */
    boolean checking() {
        return daily != null && daily.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    void stopDaily() {
        if (daily != null) {
            daily.stop();
        }
    }

    /** The backup at exit, off the FX thread; closing waits for it (the window is already gone). */
    void writeOnExit() {
        stopDaily();
        Thread worker = new Thread(() -> {
            try {
                write();
            } catch (IOException | RuntimeException e) {
                System.getLogger(AutomaticBackups.class.getName()).log(System.Logger.Level.WARNING,
                        "automatic backup at exit failed: " + e.getMessage());
            }
        }, "automatic-backup-at-exit");
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The newest automatic backup of this store in the chosen folder (which other stores may share), for Help → About. */
    Optional<AboutInfo.LastBackup> last() {
        Path folder = folder();
        return AutoBackups.latest(folder, AutoBackups.Owner.of(db, folder)).map(f -> new AboutInfo.LastBackup(f.takenAt(), f.file()));
    }
}
