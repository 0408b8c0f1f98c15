package org.refunddesk.cli;

import java.util.List;

import org.refunddesk.domain.Deadline;
import org.refunddesk.rules.DeadlinePlanner;

/** {@code plan CASEFILE [--now ISO-8601] [--lang zh|en]}: the deadlines alone, as JSON. */
public final class PlanCommand implements CliCommand {
    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String summary() {
        return "plan CASEFILE [--now ISO-8601] [--lang zh|en]: every deadline with its arithmetic, as JSON";
    }

    @Override
    public int run(List<String> args, CliContext context) {
        RuleInputs in = RuleInputs.read(args, context);
        List<Deadline> deadlines = DeadlinePlanner.plan(in.refundCase(), in.now(), in.ruleBook().ruleBook(),
                in.calendar(), in.messages());
        context.out().println(AssessmentJson.plan(in.ruleBook().version(), deadlines));
        return ExitCodes.OK;
    }
}
