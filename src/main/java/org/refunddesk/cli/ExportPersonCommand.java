package org.refunddesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.PersonExport;
import org.refunddesk.store.CaseErasure;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;

/**
 * {@code export-person --phone P | --name N --out FILE.zip}: everything kept about one consumer (their access
 * right): cases, events, evidence files decrypted, a README in Chinese.
 */
public final class ExportPersonCommand implements CliCommand {
    @Override
    public String name() {
        return "export-person";
    }

    @Override
    public String summary() {
        return "export-person --phone P | --name N --out FILE.zip   everything about one consumer (access request)";
    }

    @Override
    public int run(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, Set.of("--phone", "--name", "--out"), Set.of());
        args.expectPositionals(0);
        Person person = Person.of(args);
        Path out = Path.of(args.required("--out"));
        if (Files.isDirectory(out)) {
            throw BadInputException.of("cli.out.isFolder", "--out", String.valueOf(out));
        }
        try (Database db = CaseCommands.open(context)) {
            List<UUID> ids = person.cases(new CaseErasure(db, context.clock()));
            EvidenceVault vault = new EvidenceVault(db, context.clock());
            List<RefundCase> cases = new ArrayList<>();
            Map<UUID, List<EvidenceItem>> evidence = new LinkedHashMap<>();
            for (UUID id : ids) {
                db.cases().find(id).ifPresent(cases::add);
                evidence.put(id, vault.list(id));
            }
            int[] files = {0};
            CaseCommands.writeFile(out, () -> files[0] = new PersonExport(context.messages())
                    .write(person.value(), cases, evidence, vault::open, context.clock().instant(), out));
            context.out().println(context.messages().get("privacy.access.done", cases.size(), files[0], out));
            return ExitCodes.OK;
        }
    }

    /** Who a command is about: a phone number or a name, exactly one of them. */
    record Person(String option, String value) {
        static Person of(Args args) {
            var phone = args.option("--phone");
            var name = args.option("--name");
            if (phone.isPresent() == name.isPresent()) {
                throw BadInputException.of("cli.person.oneOf", "--phone P", "--name N");
            }
            String value = phone.orElseGet(name::get).strip();
            if (value.isEmpty()) {
                throw BadInputException.of("cli.arg.empty", phone.isPresent() ? "--phone" : "--name");
            }
            return new Person(phone.isPresent() ? "--phone" : "--name", value);
        }

        List<UUID> cases(CaseErasure erasure) {
            List<UUID> found = option.equals("--phone") ? erasure.casesOfPhone(value) : erasure.casesOfName(value);
            if (found.isEmpty()) {
                throw BadInputException.of("cli.person.noCase", option, value);
            }
            return found;
        }
    }
}
