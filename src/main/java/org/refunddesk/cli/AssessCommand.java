package org.refunddesk.cli;

import java.util.List;

import org.refunddesk.rules.Assessment;
import org.refunddesk.rules.EligibilityAssessor;

/** {@code assess CASEFILE [--now ISO-8601] [--lang zh|en]}: eligibility, claims and deadlines as one JSON document. */
public final class AssessCommand implements CliCommand {
    @Override
    public String name() {
        return "assess";
    }

    @Override
    public String summary() {
        return "assess CASEFILE [--now ISO-8601] [--lang zh|en]: verdict, reasons, claims and deadlines as JSON";
    }

    @Override
    public int run(List<String> args, CliContext context) {
        RuleInputs in = RuleInputs.read(args, context);
        Assessment assessment = EligibilityAssessor.assess(in.refundCase(), in.now(), in.ruleBook().ruleBook(),
                in.calendar(), in.messages());
        context.out().println(AssessmentJson.assessment(assessment));
        return ExitCodes.OK;
    }
}
