package org.refunddesk.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.rules.caseload.DueDeadline;
import org.refunddesk.rules.caseload.DueWindow;

/**
 * {@code due [--within 24h|3d|7d] [--assignee NAME] [--json]}: the open deadlines of all cases, soonest
 * first (overdue ones on top), for a helper's morning list or a scheduler.
 */
public final class DueCommand implements CliCommand {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseloadWorkspace.Opener workspaces;

    public DueCommand(CaseloadWorkspace.Opener workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public String name() {
        return "due";
    }

    @Override
    public String summary() {
        return "open deadlines, soonest first [--within 24h|3d|7d] [--assignee NAME] [--json]";
    }

    @Override
    public int run(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, Set.of("--within", "--assignee"), Set.of("--json"));
        args.expectPositionals(0);
        Duration within = args.option("--within").map(DueCommand::window).orElse(null);
        CaseFilter filter = args.option("--assignee").map(CaseFilter::assignedTo).orElse(CaseFilter.ALL);
        Instant now = context.clock().instant();
        List<DueDeadline> due;
        try (CaseloadWorkspace workspace = workspaces.open(context)) {
            Instant until = within == null ? null : now.plus(within);
            // the text lines need only what the summaries hold; the JSON carries each deadline's basis and explanation
            due = DueDeadline.across(workspace.overviewsDueBy(now, until, args.flag("--json")), filter, now, until);
        }
        if (args.flag("--json")) {
            printJson(due, now, context);
        } else {
            printText(due, now, context);
        }
        return ExitCodes.OK;
    }

    private static Duration window(String text) {
        try {
            return DueWindow.parse(text);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("cli.due.window", "--within", text);
        }
    }

    private static void printText(List<DueDeadline> due, Instant now, CliContext context) {
        var m = context.messages();
        if (due.isEmpty()) {
            context.out().println(m.get("caseload.due.none"));
            return;
        }
        for (DueDeadline d : due) {
            RefundCase c = d.overview().refundCase();
            String when = LOCAL.format(d.deadline().dueAt().atZone(SHANGHAI))
                    + (d.overdueAt(now) ? " (" + m.get("caseload.due.overdue") + ")" : "");
            String assignee = c.assignee() == null || c.assignee().isBlank() ? m.get("caseload.due.unassigned")
                    : c.assignee();
            // the deadline's name in words, as the app shows it (the rule's id is for scripts: --json has it)
            context.out().println(m.get("caseload.due.line", when,
                    org.refunddesk.rules.reminders.ReminderTexts.ruleName(d.deadline().rule(), m), c.title(), assignee, c.id()));
        }
    }

    private static void printJson(List<DueDeadline> due, Instant now, CliContext context) throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (DueDeadline d : due) {
            RefundCase c = d.overview().refundCase();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("caseId", c.id().toString());
            item.put("title", c.title());
            item.put("assignee", c.assignee());
            item.put("platform", c.platform() == null ? null : c.platform().name());
            item.put("rule", d.deadline().rule());
            item.put("ruleName", org.refunddesk.rules.reminders.ReminderTexts.ruleName(d.deadline().rule(), context.messages()));
            item.put("dueAt", d.deadline().dueAt().toString());
            item.put("dueLocal", LOCAL.format(d.deadline().dueAt().atZone(SHANGHAI)));
            item.put("overdue", d.overdueAt(now));
            item.put("estimate", d.deadline().estimate());
            item.put("basis", d.deadline().basis());
            item.put("explanation", d.deadline().explanation());
            items.add(item);
        }
        context.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(items));
    }
}
