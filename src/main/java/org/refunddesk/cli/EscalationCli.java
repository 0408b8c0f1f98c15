package org.refunddesk.cli;

import java.util.UUID;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.store.Database;

/** What the escalation commands share: one case from the store, and the rules of the data folder. */
final class EscalationCli {
    private EscalationCli() {
    }

    static RefundCase load(CliContext context, UUID id) {
        try (Database db = CaseCommands.open(context)) {
            return db.cases().find(id).orElseThrow(() -> BadInputException.of("cli.case.none", String.valueOf(id)));
        }
    }

    /** The ladder on the data folder's rule book and calendar, with notes on stderr as {@code plan} prints them. */
    static EscalationServices services(CliContext context) {
        RuleEngine rules = new RuleEngine(context.dataDir());
        rules.notes().forEach(n -> context.err().println(context.messages().get("cli.note", n)));
        return EscalationServices.of(rules.ruleBook(), rules.calendar(), context.messages());
    }
}
