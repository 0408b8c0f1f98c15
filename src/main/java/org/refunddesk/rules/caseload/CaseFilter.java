package org.refunddesk.rules.caseload;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.Verdict;

/**
 * A saved view: every non-null criterion must hold. Assignee and tag compare ignoring case and width;
 * platform matches when the typed name is part of the case's platform key or a typo of it; dueWithin
 * keeps cases with an open deadline due before now + window (overdue ones included: they are the most urgent).
 * {@link #toText()} / {@link CaseFilterText#parse} give the one-line form used by the CLI and saved views.
 */
public record CaseFilter(CaseStatus status, Verdict verdict, String assignee, String tag, String platform,
                         Duration dueWithin) {
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null);

    public CaseFilter {
        assignee = blankToNull(assignee);
        tag = blankToNull(tag);
        platform = blankToNull(platform);
    }

    public static CaseFilter assignedTo(String name) {
        return ALL.withAssignee(name);
    }

    public boolean matches(CaseOverview overview, Instant now) {
        var c = overview.refundCase();
        if (status != null && c.status() != status) {
            return false;
        }
        if (verdict != null && overview.verdict() != verdict) {
            return false;
        }
        if (assignee != null && !fold(assignee).equals(fold(c.assignee()))) {
            return false;
        }
        if (tag != null && c.tags().stream().map(CaseFilter::fold).noneMatch(fold(tag)::equals)) {
            return false;
        }
        if (platform != null && !platformMatches(c.platform() == null ? null : c.platform().name())) {
            return false;
        }
        return dueWithin == null || hasOpenDeadlineBefore(overview, now.plus(dueWithin));
    }

    public boolean isEmpty() {
        return equals(ALL);
    }

    private boolean platformMatches(String name) {
        String wanted = PlatformKey.of(platform);
        String actual = PlatformKey.of(name);
        return !actual.isEmpty() && (actual.contains(wanted) || NameSimilarity.similar(wanted, actual));
    }

    private static boolean hasOpenDeadlineBefore(CaseOverview overview, Instant limit) {
        for (Deadline d : overview.openDeadlines()) {
            if (!d.dueAt().isAfter(limit)) {
                return true;
            }
        }
        return false;
    }

    public CaseFilter withStatus(CaseStatus s) {
        return new CaseFilter(s, verdict, assignee, tag, platform, dueWithin);
    }

    public CaseFilter withVerdict(Verdict v) {
        return new CaseFilter(status, v, assignee, tag, platform, dueWithin);
    }

    public CaseFilter withAssignee(String a) {
        return new CaseFilter(status, verdict, a, tag, platform, dueWithin);
    }

    public CaseFilter withTag(String t) {
        return new CaseFilter(status, verdict, assignee, t, platform, dueWithin);
    }

    public CaseFilter withPlatform(String p) {
        return new CaseFilter(status, verdict, assignee, tag, p, dueWithin);
    }

    public CaseFilter withDueWithin(Duration d) {
        return new CaseFilter(status, verdict, assignee, tag, platform, d);
    }

    /** E.g. {@code status=NEW; assignee=X; due-within=3d}: only the criteria that are set. */
    public String toText() {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add(CaseFilterText.STATUS + "=" + status.name());
        }
        if (verdict != null) {
            parts.add(CaseFilterText.VERDICT + "=" + verdict.name());
        }
        if (assignee != null) {
            parts.add(CaseFilterText.ASSIGNEE + "=" + assignee);
        }
        if (tag != null) {
            parts.add(CaseFilterText.TAG + "=" + tag);
        }
        if (platform != null) {
            parts.add(CaseFilterText.PLATFORM + "=" + platform);
        }
        if (dueWithin != null) {
            parts.add(CaseFilterText.DUE_WITHIN + "=" + DueWindow.format(dueWithin));
        }
        return String.join("; ", parts);
    }

    static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
