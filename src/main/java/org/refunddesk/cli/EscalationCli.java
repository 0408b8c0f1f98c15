package org.refunddesk.cli;

import java.util.UUID;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;

/** What the escalation commands share: loading one case from the store. */
final class EscalationCli {
    private EscalationCli() {
    }

    static RefundCase load(CliContext context, UUID id) {
        try (Database db = CaseCommands.open(context)) {
            return db.cases().find(id).orElseThrow(() -> new BadInputException("no case with id " + id));
        }
    }
}
