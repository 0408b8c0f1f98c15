package org.refunddesk.cli;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.CheckInput;
import org.refunddesk.rules.escalation.CheckResult;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.escalation.Reason;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.escalation.Recommendation;
import org.refunddesk.rules.escalation.TakenStep;
import org.refunddesk.rules.i18n.Messages;

/** {@code next CASE-ID [--json]}: the recommended next step, why, and the preconditions it still fails. */
public final class NextCommand implements CliCommand {
    @Override
    public String name() {
        return "next";
    }

    @Override
    public String summary() {
        return "CASE-ID [--json]  the recommended next escalation step and what it still needs";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Args parsed = Args.parse(args, Set.of(), Set.of("--json"));
        var id = CaseCommands.caseId(parsed.positional(0, "CASE-ID (a case id, see: cases list)"));
        parsed.expectPositionals(1);
        RefundCase found = EscalationCli.load(context, id);
        EscalationServices services = EscalationCli.services(context);
        Instant now = context.clock().instant();
        Recommendation r = services.ladder().next(found, now, false);
        List<CheckResult> failing = r.recommended()
                .map(step -> services.checker().check(found, step, CheckInput.at(now)))
                .orElse(List.of()).stream()
                .filter(x -> x.status() == CheckResult.Status.FAILED || x.status() == CheckResult.Status.WARNING)
                .toList();
        ReasonText text = new ReasonText(context.messages());
        if (parsed.flag("--json")) {
            context.out().println(json(services, found, r, failing, text));
        } else {
            print(found, r, failing, text, context);
        }
        return ExitCodes.OK;
    }

    private static String json(EscalationServices services, RefundCase c, Recommendation r, List<CheckResult> failing, ReasonText text) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("caseId", c.id().toString());
        root.put("ladderVersion", services.book().version());
        root.put("route", r.route());
        root.put("resolved", r.resolved());
        root.put("recommended", r.recommendedChannel().map(Enum::name).orElse(null));
        ArrayNode reasons = root.putArray("reasons");
        r.reasons().forEach(x -> reasons.add(text.render(x)));
        ArrayNode alternatives = root.putArray("alternatives");
        r.alternatives().forEach(o -> alternatives.addObject().put("channel", o.step().channel().name())
                .put("why", text.render(o.why())));
        ArrayNode taken = root.putArray("taken");
        for (TakenStep t : r.taken()) {
            taken.addObject().put("channel", t.channel().name()).put("outcome", t.outcome().name())
                    .put("filedAt", t.filedAt() == null ? null : t.filedAt().toString()).put("ref", t.ref());
        }
        if (r.waiting().isPresent()) {
            var w = r.waiting().get();
            root.putObject("waiting").put("channel", w.channel().name()).put("rule", w.rule())
                    .put("dueAt", w.dueAt().toString());
        } else {
            root.putNull("waiting");
        }
        ArrayNode notOffered = root.putArray("notOffered");
        for (Recommendation.Refused x : r.refused()) {
            ArrayNode why = notOffered.addObject().put("channel", x.step().channel().name()).putArray("reasons");
            x.reasons().forEach(reason -> why.add(text.render(reason)));
        }
        ArrayNode pre = root.putArray("failingPreconditions");
        for (CheckResult x : failing) {
            pre.addObject().put("precondition", x.precondition().name()).put("status", x.status().name())
                    .put("fix", x.fix().name()).put("message", text.render(x.message()));
        }
        return mapper.writeValueAsString(root);
    }

    private static void print(RefundCase c, Recommendation r, List<CheckResult> failing, ReasonText text,
                              CliContext context) {
        Messages m = context.messages();
        var out = context.out();
        out.println(m.get("escalation.cli.case", c.title(), c.id()));
        out.println(m.get("escalation.cli.recommended", r.recommended().map(s -> m.of(s.channel()))
                .orElse(m.get("escalation.cli.none"))));
        for (Reason reason : r.reasons()) {
            out.println("  " + text.render(reason));
        }
        if (!r.taken().isEmpty()) {
            out.println(m.get("escalation.cli.taken"));
            r.taken().forEach(t -> out.println("  - " + m.get("escalation.cli.takenStep", m.of(t.channel()),
                    m.get("escalation.outcome." + t.outcome()), text.format(t.filedAt()),
                    t.ref() == null ? "" : t.ref()).stripTrailing()));
        }
        if (!r.alternatives().isEmpty()) {
            out.println(m.get("escalation.cli.alternatives"));
            r.alternatives().forEach(o -> out.println("  - " + m.of(o.step().channel())));
        }
        if (!r.refused().isEmpty()) {
            out.println(m.get("escalation.cli.notOffered"));
            // one line per channel, its reasons beneath: a channel refused for two reasons is still one channel
            r.refused().forEach(x -> {
                out.println("  - " + m.of(x.step().channel()));
                x.reasons().forEach(reason -> out.println("      " + text.render(reason)));
            });
        }
        if (r.recommended().isPresent()) {
            out.println(failing.isEmpty() ? m.get("escalation.cli.ready") : m.get("escalation.cli.failing"));
            failing.forEach(x -> out.println("  [" + m.get("escalation.status." + x.status()) + "] "
                    + text.render(x.message())));
        }
    }
}
