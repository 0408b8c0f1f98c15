package org.refunddesk.ui.teammove;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.ServerLoginRefusedException;
import org.refunddesk.store.TeamTransfer;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * The state of the 上传到团队服务器 / 从团队服务器复制到本机 dialog (issue 16): Start runs the {@link TeamMoveJob} in the
 * background, the progress and status follow it case by case, Stop asks it to stop after the case in hand, and the
 * end says what was copied (or why not) in words. A refused login asks for the password and starts again.
 */
public final class TeamMoveViewModel {
    /** Progress bar value while nothing can be counted yet (JavaFX's indeterminate). */
    public static final double INDETERMINATE = -1;

    private final Messages messages;
    private final TaskExecutor tasks;
    private final Executor fx;
    private final TeamMoveJob job;
    private final String serverLabel;
    private final Runnable copiedIntoOpenStore;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean stop = new AtomicBoolean();
    /** The latest progress from the worker; one FX update at a time carries the newest (not one per case). */
    private final AtomicReference<Runnable> latest = new AtomicReference<>();
    private volatile TeamTransfer.Result soFar;
    /** Who is logged in where: the status again once the copy ended. */
    private volatile String loggedIn = "";

    /**
     * {@code fx} runs updates on the FX thread; {@code copiedIntoOpenStore} tells the views when something was copied
     * into the store the window shows (null when the target is another store).
     */
    public TeamMoveViewModel(Messages messages, TaskExecutor tasks, Executor fx, TeamMoveJob job, String serverLabel,
                             Runnable copiedIntoOpenStore) {
        this.messages = messages;
        this.tasks = tasks;
        this.fx = fx;
        this.job = job;
        this.serverLabel = serverLabel;
        this.copiedIntoOpenStore = copiedIntoOpenStore;
        status.set(messages.get("teammove.status.ready"));
    }

    public void start() {
        start(null, false);
    }

    private void start(char[] password, boolean asked) {
        if (running.get()) {
            return;
        }
        stop.set(false);
        soFar = null;
        loggedIn = "";
        running.set(true);
        failed.set(false);
        result.set("");
        progress.set(INDETERMINATE);
        BackgroundTask.of(messages.get("teammove.status.connecting", serverLabel), p -> {
                    try {
                        return job.run(password, steps());
                    } finally {
                        if (password != null) {
                            Arrays.fill(password, '\0');
                        }
                    }
                })
                .onSuccess(this::finished)
                .onFailure(error -> {
                    running.set(false);
                    if (error instanceof ServerLoginRefusedException) {
                        Optional<char[]> typed = job.askPassword(asked);
                        if (typed.isPresent()) {
                            start(typed.get(), true);
                            return;
                        }
                    }
                    failed(error);
                })
                .executeWith(tasks);
    }

    /** Stops after the case in hand: what was copied stays copied, every case whole. */
    public void stop() {
        if (running.get() && !stop.getAndSet(true)) {
            status.set(messages.get("teammove.status.stopping"));
        }
    }

    private void finished(TeamTransfer.Result r) {
        latest.set(null);
        running.set(false);
        progress.set(r.stopped() ? progress.get() : 1);
        status.set(loggedIn);
        boolean nothingNew = r.casesCreated() == 0 && r.eventsAppended() == 0 && r.filesCopied() == 0;
        if (r.stopped()) {
            result.set(nothingNew && r.casesUnchanged() == 0 ? messages.get("teammove.result.stoppedEarly")
                    : messages.get("teammove.result.stopped", r.casesCreated(), r.eventsAppended(), r.filesCopied(),
                    r.casesUnchanged()));
        } else if (nothingNew) {
            result.set(messages.get("teammove.result.nothingNew", r.casesUnchanged()));
        } else {
            result.set(messages.get("teammove.result.done", r.casesCreated(), r.eventsAppended(), r.filesCopied(),
                    r.casesUnchanged()));
        }
        if (!nothingNew && copiedIntoOpenStore != null) {
            copiedIntoOpenStore.run();
        }
    }

    private void failed(Throwable error) {
        latest.set(null);
        failed.set(true);
        progress.set(0);
        status.set("");
        String text = messages.get("teammove.result.failed", job.reason(error));
        TeamTransfer.Result before = soFar;
        if (before != null && before.casesCreated() + before.eventsAppended() + before.filesCopied() > 0) {
            text += "\n" + messages.get("teammove.result.partly", before.casesCreated(), before.eventsAppended(),
                    before.filesCopied());
            if (copiedIntoOpenStore != null) {
                copiedIntoOpenStore.run();
            }
        }
        result.set(text);
    }

    /** The worker's reports, posted to the FX thread; only the newest waiting one is shown. */
    private TeamMoveJob.Steps steps() {
        return new TeamMoveJob.Steps() {
            @Override
            public void connecting() {
                post(() -> {
                    progress.set(INDETERMINATE);
                    status.set(messages.get("teammove.status.connecting", serverLabel));
                });
            }

            @Override
            public void loggedIn(String role, String user, String server) {
                loggedIn = messages.get("teammove.status.loggedIn", role, user, server);
                post(() -> status.set(loggedIn));
            }

            @Override
            public TeamTransfer.Listener fetching() {
                return new Listening() {
                    @Override
                    public void caseDone(int done, int total, TeamTransfer.Result fetched) {
                        post(() -> {
                            progress.set(fraction(done, total));
                            status.set(messages.get("teammove.status.fetching", done, total, fetched.filesCopied()));
                        });
                    }
                };
            }

            @Override
            public TeamTransfer.Listener copying() {
                return new Listening() {
                    @Override
                    public void starting(int cases) {
                        post(() -> {
                            progress.set(0);
                            status.set(messages.get("teammove.status.copying", 0, cases));
                        });
                    }

                    @Override
                    public void caseDone(int done, int total, TeamTransfer.Result copied) {
                        soFar = copied;
                        post(() -> {
                            progress.set(fraction(done, total));
                            status.set(messages.get("teammove.status.copying", done, total));
                        });
                    }
                };
            }
        };
    }

    /** Stop is asked between two cases; the status keeps "stopping" once pressed. */
    private abstract class Listening implements TeamTransfer.Listener {
        @Override
        public boolean stopRequested() {
            return stop.get();
        }
    }

    private static double fraction(int done, int total) {
        return total <= 0 ? 1 : Math.min(1, (double) done / total);
    }

    private void post(Runnable update) {
        Runnable guarded = () -> {
            if (running.get() && !stop.get()) {
                update.run();
            } else if (running.get()) {
                // stopping: the bar still moves, the words keep saying it stops
                String keep = status.get();
                update.run();
                status.set(keep);
            }
        };
        if (latest.getAndSet(guarded) == null) {
            fx.execute(() -> {
                Runnable newest = latest.getAndSet(null);
                if (newest != null) {
                    newest.run();
                }
            });
        }
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True after a failure (the result says why). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
