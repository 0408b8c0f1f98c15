package org.refunddesk.cli;

import java.util.Set;

import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.rules.caseload.CaseFilterText;

/**
 * The filter options shared by export-xlsx and ics: {@code --status NEW --verdict LIKELY --assignee 张志愿
 * --tag X --platform Y --due-within 3d}, or the same in one string: {@code --filter "status=NEW; due-within=3d"}.
 */
final class CaseFilterOptions {
    static final Set<String> VALUED = Set.of("--filter", "--status", "--verdict", "--assignee", "--tag", "--platform",
            "--due-within");

    private CaseFilterOptions() {
    }

    static CaseFilter from(Args args) {
        try {
            CaseFilter filter = args.option("--filter").map(CaseFilterText::parse).orElse(CaseFilter.ALL);
            for (String name : new String[] {CaseFilterText.STATUS, CaseFilterText.VERDICT, CaseFilterText.ASSIGNEE,
                    CaseFilterText.TAG, CaseFilterText.PLATFORM, CaseFilterText.DUE_WITHIN}) {
                var value = args.option("--" + name);
                if (value.isPresent()) {
                    filter = CaseFilterText.with(filter, name, value.get());
                }
            }
            return filter;
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("cli.filter.bad", String.valueOf(e.getMessage()));
        }
    }

    /** The stored cases the filter options keep, at the context's "now" (explanations left out when for a list). */
    static java.util.List<org.refunddesk.domain.CaseOverview> select(Args args, CaseloadWorkspace.Opener workspaces,
                                                                     CliContext context, boolean forList) {
        CaseFilter filter = from(args);
        java.time.Instant now = context.clock().instant();
        try (CaseloadWorkspace workspace = workspaces.open(context)) {
            var all = forList ? workspace.overviewsForLists(now) : workspace.overviews(now);
            return all.stream().filter(o -> filter.matches(o, now)).toList();
        }
    }

    static Set<String> valuedWith(String... more) {
        Set<String> all = new java.util.HashSet<>(VALUED);
        all.addAll(Set.of(more));
        return all;
    }
}
