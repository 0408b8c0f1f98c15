package org.refunddesk.ui.timeline;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.util.Duration;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.DeadlineReminder;
import org.refunddesk.rules.reminders.DeadlineWatch;
import org.refunddesk.rules.reminders.Reminder;
import org.refunddesk.rules.reminders.ReminderCheck;
import org.refunddesk.rules.reminders.ReminderPolicy;
import org.refunddesk.rules.reminders.ReminderTexts;
import org.refunddesk.rules.reminders.RuleClockKinds;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.MinuteTicker;

/**
 * Keeps watch: checks the deadlines on start and then every minute (off the FX thread), shows a ControlsFX
 * notification once per deadline and lead time, and lists deadlines missed while the app was closed in one
 * summary dialog. The lead times follow the settings.
 */
public final class DeadlineWarnings {
    private final AppServices services;
    private final DeadlineWatch watch;
    private final ReminderTexts texts;
    private final RuleClockKinds clockKinds;
    /** The first check runs at the latest this long after {@link #start} when the list has not filled by then. */
    static final Duration LATEST_START = Duration.seconds(60);
    private Timeline ticker;
    /** Set by {@link #tickWhileShowing}: the minute's checks run only while this node is on a showing window. */
    private Node shownWith;
    private MinuteTicker shownTicker;
    private javafx.beans.value.ObservableBooleanValue ready;
    private javafx.beans.value.ChangeListener<Boolean> readyListener;
    private PauseTransition latest;
    private boolean started;
    private java.util.function.BooleanSupplier homeListsMissed = () -> false;

    private final ChangeListener<Object> leadTimesChanged = (o, was, now) -> applyLeadTimes();

    public DeadlineWarnings(AppServices services, DeadlineWatch watch, RuleClockKinds clockKinds) {
        this.services = services;
        this.watch = watch;
        this.clockKinds = clockKinds;
        this.texts = new ReminderTexts(services.messages());
        applyLeadTimes();
        // weakly: the settings outlive a window rebuilt in another language, and must not keep its watch alive
        services.preferences().leadTimesHoursProperty().addListener(new WeakChangeListener<>(leadTimesChanged));
    }

    private void applyLeadTimes() {
        watch.setReminder(new DeadlineReminder(
                ReminderPolicy.fromHours(services.preferences().leadTimesHoursProperty().get()), clockKinds));
    }

    /**
     * When Home is there, its "needs attention" lists missed deadlines with links: the start-up check then only
     * says so in a notification instead of a modal summary.
     */
    public void setHomeListsMissed(java.util.function.BooleanSupplier homeListsMissed) {
        this.homeListsMissed = homeListsMissed;
    }

    /**
     * The first check waits until {@code ready} is true (the case list filled: at start the check writes a log row per
     * missed deadline, which competed with the list's read, issue 14), or {@link #LATEST_START} at most. Nothing is
     * lost by waiting: a deadline not yet recorded as raised is raised by whichever check comes first.
     */
    public void startWhen(javafx.beans.value.ObservableBooleanValue ready) {
        this.ready = ready;
    }

    /** The first check (with the missed summary), then one a minute while the app runs. */
    public void start() {
        if (ready == null || ready.get()) {
            begin();
            return;
        }
        readyListener = (o, was, now) -> {
            if (Boolean.TRUE.equals(now)) {
                begin();
            }
        };
        ready.addListener(readyListener);
        latest = new PauseTransition(LATEST_START);
        latest.setOnFinished(e -> begin());
        latest.play();
    }

    private void begin() {
        if (ticker != null || shownTicker != null) {
            return; // started already (the list filled, or the latest start came first)
        }
        if (readyListener != null) {
            ready.removeListener(readyListener);
            latest.stop();
        }
        checkNow();
        if (shownWith != null) {
            shownTicker = MinuteTicker.whileShowing(shownWith, this::checkNow);
            return;
        }
        ticker = new Timeline(new KeyFrame(Duration.minutes(1), e -> checkNow()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /**
     * The minute's checks run only while {@code node} (the main window's content) is on a showing window: a window
     * rebuilt in another language, or taken off a store that closed, stops its watch instead of checking (and warning)
     * beside the new one. A running animation is held by the toolkit: without this an old window stayed alive for good.
     */
    public void tickWhileShowing(Node node) {
        this.shownWith = node;
    }

    /** True while the minute's checks run. */
    boolean ticking() {
        return ticker != null && ticker.getStatus() == Animation.Status.RUNNING
                || shownTicker != null && shownTicker.isRunning();
    }

    public void stop() {
        if (latest != null) {
            latest.stop();
        }
        if (ticker != null) {
            ticker.stop();
        }
        if (shownTicker != null) {
            shownTicker.stop();
        }
    }

    /** One check now; the first one of a run reports missed deadlines as a summary dialog. */
    public void checkNow() {
        boolean first = !started;
        started = true;
        Messages messages = services.messages();
        BackgroundTask.of(messages.get("timeline.task.watch"), progress -> watch.checkNow())
                .readsEveryCase()
                .onSuccess(check -> show(check, first))
                .onFailure(e -> services.dialogs().error(messages.get("timeline.warning.title"),
                        String.valueOf(e.getMessage())))
                .executeWith(services.tasks());
    }

    private void show(ReminderCheck check, boolean first) {
        Messages messages = services.messages();
        var now = services.clock().instant();
        for (Reminder r : check.warnings()) {
            services.dialogs().notify(texts.warning(r, now));
        }
        if (check.missed().isEmpty()) {
            return;
        }
        if (first && homeListsMissed.getAsBoolean()) {
            services.dialogs().notify(messages.get("timeline.missed.onHome", check.missed().size()));
        } else if (first) {
            services.dialogs().info(messages.get("timeline.missed.title"), texts.missedSummary(check, now));
        } else {
            services.dialogs().notify(messages.get("timeline.missed.notification", check.missed().size()));
        }
    }
}
