package org.refunddesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.evidence.EvidenceBundle;
import org.refunddesk.exchange.evidence.EvidenceBundleWriter;
import org.refunddesk.exchange.evidence.EvidenceChangedException;
import org.refunddesk.rules.evidence.ChecklistItem;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceTexts;
import org.refunddesk.rules.evidence.Gap;
import org.refunddesk.rules.evidence.GapReport;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceProblem;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.LargeEvidenceException;

/**
 * {@code evidence add|list|verify|bundle|gaps|remove|restore|empty-trash}: the evidence vault on the command line.
 * {@code verify} and {@code bundle} exit 3 while any file is changed, missing, a symbolic link or unreadable.
 */
public final class EvidenceCommand implements CliCommand {
    private static final String SUBCOMMANDS = "add, list, verify, bundle, gaps, remove, restore, empty-trash";
    /** Parsed when an evidence command runs: every other command's start would pay for it (issue 14). */
    private EvidenceChecklist checklist;

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public String summary() {
        return "evidence add|list|verify|bundle|gaps|remove|restore|empty-trash: a case's evidence files";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.isEmpty()) {
            throw BadInputException.of("cli.subcommand.missing", "evidence", SUBCOMMANDS);
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "add" -> add(rest, context);
            case "list" -> list(rest, context);
            case "verify" -> verify(rest, context);
            case "bundle" -> bundle(rest, context);
            case "gaps" -> gaps(rest, context);
            case "remove", "restore" -> removeOrRestore(args.get(0), rest, context);
            case "empty-trash" -> emptyTrash(rest, context);
            default -> throw BadInputException.of("cli.subcommand.unknown", "evidence", args.get(0), SUBCOMMANDS);
        };
    }

    private int add(List<String> raw, CliContext context) {
        Args args = Args.parse(raw, Set.of("--category", "--captured-at", "--source", "--shows", "--item", "--note"),
                Set.of("--confirm-large"));
        args.expectPositionals(2);
        UUID caseId = CaseCommands.caseId(args.positional(0, "CASE-ID"));
        Path file = Path.of(args.positional(1, "FILE"));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw BadInputException.of("cli.file.notReadable", "FILE", String.valueOf(file));
        }
        EvidenceCategory category = EvidenceInput.category(args.required("--category"));
        String itemId = args.option("--item").orElse(null);
        if (itemId != null && checklist().item(itemId).map(ChecklistItem::category).orElse(null) != category) {
            throw BadInputException.of("cli.evidence.notAnItem", "--item", itemId, category.name());
        }
        EvidenceAttachment request = new EvidenceAttachment(caseId, file, category, itemId,
                EvidenceInput.instant(args.option("--captured-at").orElse(null), "--captured-at"),
                args.option("--source").orElse(null), EvidenceInput.facts(args.option("--shows").orElse(null)),
                args.option("--note").orElse(null), args.flag("--confirm-large"));
        try (Database db = CaseCommands.open(context)) {
            RefundCase refundCase = requireCase(db, caseId);
            EvidenceVault vault = new EvidenceVault(db, context.clock());
            EvidenceItem added;
            try {
                added = vault.attach(request);
            } catch (LargeEvidenceException e) {
                throw BadInputException.of("cli.evidence.large", String.valueOf(file.getFileName()), String.valueOf(e.size() / (1024 * 1024)), String.valueOf(e.limit() / (1024 * 1024)));
            }
            Messages m = context.messages();
            context.out().println(m.get("evidence.cli.added", added.originalName(), added.id().toString(), added.sha256()));
            printScore(context, report(refundCase, vault.list(caseId)));
            return ExitCodes.OK;
        }
    }

    private int list(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of("--json"));
        args.expectPositionals(1);
        UUID caseId = CaseCommands.caseId(args.positional(0, "CASE-ID"));
        try (Database db = CaseCommands.open(context)) {
            RefundCase refundCase = requireCase(db, caseId);
            List<EvidenceItem> items = new EvidenceVault(db, context.clock()).list(caseId);
            if (args.flag("--json")) {
                context.out().println(EvidenceJson.items(items));
                return ExitCodes.OK;
            }
            EvidenceTexts texts = texts(context);
            for (EvidenceItem item : items) {
                context.out().println(context.messages().get("evidence.cli.listLine", item.id().toString(),
                        texts.category(item.category()), item.originalName(), Long.toString(item.size()), item.sha256(),
                        String.join(context.messages().get("evidence.list.separator"),
                                item.facts().stream().map(texts::fact).toList())));
            }
            printScore(context, report(refundCase, items));
            return ExitCodes.OK;
        }
    }

    private int verify(List<String> raw, CliContext context) {
        Args args = Args.parse(raw, Set.of(), Set.of());
        args.expectPositionals(1);
        UUID caseId = args.positionals().isEmpty() ? null : CaseCommands.caseId(args.positional(0, "CASE-ID"));
        try (Database db = CaseCommands.open(context)) {
            EvidenceVault vault = new EvidenceVault(db, context.clock());
            if (caseId != null) {
                requireCase(db, caseId);
            }
            List<EvidenceProblem> problems = caseId == null ? vault.verifyAll() : vault.verify(caseId);
            if (printProblems(context, problems)) {
                return ExitCodes.CHECK_FAILED;
            }
            int count = caseId == null ? vault.listAll().values().stream().mapToInt(List::size).sum()
                    : vault.list(caseId).size();
            context.out().println(context.messages().get("evidence.cli.verifyOk", count));
            return ExitCodes.OK;
        }
    }

    private int bundle(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, Set.of("--out"), Set.of("--show-in-full"));
        args.expectPositionals(1);
        UUID caseId = CaseCommands.caseId(args.positional(0, "CASE-ID"));
        Path out = Path.of(args.required("--out"));
        if (Files.isDirectory(out)) {
            throw BadInputException.of("cli.out.isFolder", "--out", String.valueOf(out));
        }
        try (Database db = CaseCommands.open(context)) {
            RefundCase refundCase = requireCase(db, caseId);
            EvidenceVault vault = new EvidenceVault(db, context.clock());
            if (printProblems(context, vault.verify(caseId))) {
                context.out().println(context.messages().get("evidence.cli.bundleRefused"));
                return ExitCodes.CHECK_FAILED;
            }
            List<EvidenceItem> items = vault.list(caseId);
            GapReport report = report(refundCase, items);
            EvidenceBundleWriter writer = new EvidenceBundleWriter(checklist(), texts(context), context.clock(),
                    args.flag("--show-in-full"));
            try {
                writer.write(new EvidenceBundle(refundCase, items, report), vault::open, out,
                        EvidenceBundleWriter.Progress.NONE);
            } catch (EvidenceChangedException e) {
                context.out().println(context.messages().get("evidence.cli.changed", e.originalName(), caseId.toString()));
                context.out().println(context.messages().get("evidence.cli.bundleRefused"));
                return ExitCodes.CHECK_FAILED;
            }
            context.out().println(context.messages().get("evidence.cli.bundleWritten", out.toString(), items.size(),
                    report.score()));
            return ExitCodes.OK;
        }
    }

    private int gaps(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of("--json"));
        args.expectPositionals(1);
        UUID caseId = CaseCommands.caseId(args.positional(0, "CASE-ID"));
        try (Database db = CaseCommands.open(context)) {
            RefundCase refundCase = requireCase(db, caseId);
            GapReport report = report(refundCase, new EvidenceVault(db, context.clock()).list(caseId));
            EvidenceTexts texts = texts(context);
            if (args.flag("--json")) {
                context.out().println(EvidenceJson.gaps(report, texts));
                return ExitCodes.OK;
            }
            printScore(context, report);
            for (Gap gap : report.gaps()) {
                context.out().println("- " + texts.gap(gap, report));
            }
            return ExitCodes.OK;
        }
    }

    private int removeOrRestore(String action, List<String> raw, CliContext context) {
        boolean remove = "remove".equals(action);
        Args args = Args.parse(raw, remove ? Set.of("--reason") : Set.of(), Set.of());
        args.expectPositionals(2);
        UUID caseId = CaseCommands.caseId(args.positional(0, "CASE-ID"));
        UUID evidenceId = EvidenceInput.id(args.positional(1, "EVIDENCE-ID"), "EVIDENCE-ID");
        String reason = remove ? args.required("--reason") : null;
        if (remove && reason.isBlank()) {
            throw BadInputException.of("cli.evidence.reason", "--reason");
        }
        try (Database db = CaseCommands.open(context)) {
            requireCase(db, caseId);
            EvidenceVault vault = new EvidenceVault(db, context.clock());
            List<EvidenceItem> candidates = remove ? vault.list(caseId) : vault.trash(caseId);
            EvidenceItem item = candidates.stream().filter(i -> i.id().equals(evidenceId)).findFirst()
                    .orElseThrow(() -> BadInputException.of(remove ? "cli.evidence.none" : "cli.evidence.noneRemoved",
                            "EVIDENCE-ID", String.valueOf(evidenceId), String.valueOf(caseId)));
            if (remove) {
                vault.remove(evidenceId, reason);
            } else {
                vault.restore(evidenceId);
            }
            context.out().println(context.messages().get("evidence.cli." + action + "d", item.originalName()));
            return ExitCodes.OK;
        }
    }

    private int emptyTrash(List<String> raw, CliContext context) {
        Args args = Args.parse(raw, Set.of(), Set.of());
        args.expectPositionals(1);
        UUID caseId = CaseCommands.caseId(args.positional(0, "CASE-ID"));
        try (Database db = CaseCommands.open(context)) {
            requireCase(db, caseId);
            int purged = new EvidenceVault(db, context.clock()).emptyTrash(caseId);
            context.out().println(context.messages().get("evidence.cli.trashEmptied", purged));
            return ExitCodes.OK;
        }
    }

    private RefundCase requireCase(Database db, UUID caseId) {
        return db.cases().find(caseId).orElseThrow(() -> BadInputException.of("cli.case.none", String.valueOf(caseId)));
    }

    private GapReport report(RefundCase refundCase, List<EvidenceItem> items) {
        return new CorroborationChecker(checklist()).check(refundCase, items);
    }

    private EvidenceTexts texts(CliContext context) {
        return new EvidenceTexts(context.messages(), checklist());
    }

    private static void printScore(CliContext context, GapReport report) {
        context.out().println(context.messages().get("evidence.cli.completeness", report.score(), report.gaps().size()));
    }

    /** One line per changed or missing file; true when there was any. */
    private static boolean printProblems(CliContext context, List<EvidenceProblem> problems) {
        for (EvidenceProblem p : problems) {
            String key = p.kind().messageKey();
            context.out().println(context.messages().get(key, p.item().originalName(), p.item().caseId().toString()));
        }
        return !problems.isEmpty();
    }

    private EvidenceChecklist checklist() {
        if (checklist == null) {
            checklist = EvidenceChecklist.builtIn();
        }
        return checklist;
    }
}
