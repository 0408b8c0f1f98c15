package org.refunddesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.CaseSummaries;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * The services every view gets through its constructor (no singletons): the store, where the data
 * lives, the task executor, dialogs, texts, the clock, the preferences and the rule engine's insights.
 * Built once by {@code org.refunddesk.app}; tests build their own with fakes. {@code summaries} may be null.
 */
public record AppServices(CaseRepository cases, Path dataDir, TaskExecutor tasks, DialogService dialogs,
                          Messages messages, Clock clock, UiPreferences preferences, CaseInsights insights,
                          CaseSummaries summaries) {
    public AppServices {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(preferences, "preferences");
        insights = insights == null ? CaseInsights.NONE : insights;
    }

    /** Without stored summaries: the case list loads whole cases and asks the insights (tests with fakes). */
    public AppServices(CaseRepository cases, Path dataDir, TaskExecutor tasks, DialogService dialogs,
                       Messages messages, Clock clock, UiPreferences preferences, CaseInsights insights) {
        this(cases, dataDir, tasks, dialogs, messages, clock, preferences, insights, null);
    }

    public AppServices withInsights(CaseInsights newInsights) {
        return new AppServices(cases, dataDir, tasks, dialogs, messages, clock, preferences, newInsights, summaries);
    }

    /** The store's case summaries, which the case list reads instead of whole cases (issue 14). */
    public AppServices withSummaries(CaseSummaries newSummaries) {
        return new AppServices(cases, dataDir, tasks, dialogs, messages, clock, preferences, insights, newSummaries);
    }
}
