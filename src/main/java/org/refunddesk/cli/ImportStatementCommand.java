package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.statement.CandidateFinder;
import org.refunddesk.exchange.statement.PlannedCase;
import org.refunddesk.exchange.statement.Statement;
import org.refunddesk.exchange.statement.StatementCandidate;
import org.refunddesk.exchange.statement.StatementCasePlanner;
import org.refunddesk.exchange.statement.StatementException;
import org.refunddesk.exchange.statement.StatementReader;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseImportWriter;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;

/**
 * {@code import-statement FILE [--dry-run] [--json] [--rows N,M,…]}: cases from the consumer's own Alipay or
 * WeChat Pay bill. Lists the payments that look like virtual-goods purchases; without {@code --rows} imports
 * those, with it the payments on the lines (rows) named. A bill that cannot be read is exit 2 with one line
 * naming the line or row, and nothing is created. {@code --dry-run} creates nothing.
 */
public final class ImportStatementCommand implements CliCommand {
    @Override
    public String name() {
        return "import-statement";
    }

    @Override
    public String summary() {
        return "cases from an Alipay or WeChat Pay bill: FILE [--dry-run] [--json] [--rows N,M,...]";
    }

    @Override
    public int run(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, Set.of("--rows"), Set.of("--dry-run", "--json"));
        args.expectPositionals(1);
        Path file = Path.of(args.positional(0, "FILE"));
        Messages m = context.messages();
        Statement statement = read(file, m);
        Set<Integer> rows = args.option("--rows").map(r -> rowNumbers(r, m)).orElse(null);
        try (Database db = CaseCommands.open(context)) {
            List<RefundCase> stored = db.cases().list();
            List<String> platforms = stored.stream().filter(c -> c.platform() != null).map(c -> c.platform().name()).toList();
            List<StatementCandidate> payments = new CandidateFinder().find(statement, platforms);
            List<StatementCandidate> chosen = choose(payments, rows, statement, m);
            List<PlannedCase> plan = new StatementCasePlanner(m).plan(statement, chosen, stored);
            if (args.flag("--dry-run")) {
                if (args.flag("--json")) {
                    context.out().println(StatementJson.candidates(statement, plan));
                } else {
                    printList(context, statement, payments, plan);
                    context.out().println(m.get("statements.cli.dryRun"));
                }
                return ExitCodes.OK;
            }
            CaseImportWriter.Result result = new CaseImportWriter(db.cases(), new EvidenceVault(db, context.clock()))
                    .write(items(plan, file, statement), done -> { });
            if (args.flag("--json")) {
                context.out().println(StatementJson.result(result));
            } else {
                printList(context, statement, payments, plan);
                context.out().println(m.get("statements.cli.done", result.created().size(), result.updated().size()));
            }
            return ExitCodes.OK;
        }
    }

    private static Statement read(Path file, Messages m) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw BadInputException.of("cli.file.notReadable", "FILE", String.valueOf(file));
        }
        try {
            return new StatementReader().read(file);
        } catch (StatementException e) {
            throw new BadInputException(file.getFileName() + ": " + e.message(m));
        } catch (IOException e) {
            throw BadInputException.of("cli.file.cannotRead", "FILE", String.valueOf(file), String.valueOf(e.getMessage()));
        }
    }

    private static Set<Integer> rowNumbers(String spec, Messages m) {
        Set<Integer> rows = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            String s = part.strip();
            if (!s.matches("\\d{1,9}")) {
                throw new BadInputException(m.get("statements.cli.badRows", spec));
            }
            rows.add(Integer.valueOf(s));
        }
        return rows;
    }

    /** The likely payments, or exactly the ones on the named lines; a line that is no payment is bad input. */
    private static List<StatementCandidate> choose(List<StatementCandidate> payments, Set<Integer> rows,
                                                   Statement statement, Messages m) {
        if (rows == null) {
            return payments.stream().filter(StatementCandidate::likely).toList();
        }
        List<StatementCandidate> chosen = new ArrayList<>();
        for (int row : rows) {
            StatementCandidate c = payments.stream().filter(p -> p.payment().number() == row).findFirst()
                    .orElseThrow(() -> new BadInputException(m.get("statements.cli.notPayment",
                            new StatementException.Place(row, statement.format().rows()).text(m))));
            chosen.add(c);
        }
        return chosen;
    }

    static List<CaseImportWriter.Item> items(List<PlannedCase> plan, Path file, Statement statement) {
        return plan.stream().map(p -> new CaseImportWriter.Item(p.refundCase(), p.existing(),
                new EvidenceAttachment(p.refundCase().id(), file, EvidenceCategory.PAYMENT_STATEMENT, null,
                        statement.exportedAt(), p.evidenceSource(), p.facts(), p.evidenceNote(), true))).toList();
    }

    private static void printList(CliContext context, Statement statement, List<StatementCandidate> payments,
                                  List<PlannedCase> plan) {
        Messages m = context.messages();
        context.out().println(m.get("statements.cli.format", m.get("statements.format." + statement.format().name()),
                Integer.toString(statement.rows().size()),
                Long.toString(payments.stream().filter(StatementCandidate::likely).count())));
        if (plan.isEmpty()) {
            context.out().println(m.get("statements.cli.none"));
        }
        for (PlannedCase p : plan) {
            StatementCandidate c = p.candidate();
            context.out().println(m.get("statements.cli.candidate", c.payment().place().text(m),
                    StatementJson.shown(c.payment().time()), nz(c.payment().counterparty()), nz(c.payment().description()),
                    Money.format(c.payment().amount()), Money.format(c.refunded()), Integer.toString(c.confidence())));
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
