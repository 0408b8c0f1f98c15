package org.refunddesk.cli;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.store.CaseErasure;
import org.refunddesk.store.Database;

/**
 * {@code erase --case ID | --consumer-phone P | --consumer-name N}: erases the cases with their events, evidence
 * files (and trash) and summaries for good; logs a receipt that holds no personal data.
 */
public final class EraseCommand implements CliCommand {
    @Override
    public String name() {
        return "erase";
    }

    @Override
    public String summary() {
        return "erase --case ID | --consumer-phone P | --consumer-name N   erase a consumer's data for good (erasure request)";
    }

    @Override
    public int run(List<String> raw, CliContext context) {
        Args args = Args.parse(raw, Set.of("--case", "--consumer-phone", "--consumer-name"), Set.of());
        args.expectPositionals(0);
        long given = Set.of("--case", "--consumer-phone", "--consumer-name").stream()
                .filter(o -> args.option(o).isPresent()).count();
        if (given != 1) {
            throw BadInputException.of("cli.erase.oneOf");
        }
        try (Database db = CaseCommands.open(context)) {
            CaseErasure erasure = new CaseErasure(db, context.clock());
            List<UUID> ids = select(args, db, erasure);
            CaseErasure.Receipt receipt = erasure.erase(ids, false);
            context.out().println(context.messages().get("privacy.erase.done", receipt.cases(), receipt.files(),
                    receipt.id()));
            context.out().println(context.messages().get("privacy.erase.backups"));
            return ExitCodes.OK;
        }
    }

    private static List<UUID> select(Args args, Database db, CaseErasure erasure) {
        if (args.option("--case").isPresent()) {
            UUID id = CaseCommands.caseId(args.required("--case"));
            if (db.cases().find(id).isEmpty()) {
                throw BadInputException.of("cli.case.noneFor", "--case", String.valueOf(id));
            }
            return List.of(id);
        }
        String option = args.option("--consumer-phone").isPresent() ? "--consumer-phone" : "--consumer-name";
        String value = args.required(option).strip();
        List<UUID> ids = option.equals("--consumer-phone") ? erasure.casesOfPhone(value) : erasure.casesOfName(value);
        if (value.isEmpty() || ids.isEmpty()) {
            throw BadInputException.of("cli.person.noCase", option, value);
        }
        return ids;
    }
}
