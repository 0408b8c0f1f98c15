package org.refunddesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.LetterDocxWriter;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.escalation.Reason;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.EvidenceListing;
import org.refunddesk.rules.letters.Letter;
import org.refunddesk.rules.letters.LetterRequest;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;

/**
 * {@code letter CASE-ID --channel C [--lang zh|en] [--docx FILE] [--force]}: prints the draft letter
 * for one ladder step. A channel that does not fit the case is refused (exit 3, one line per failed
 * precondition on stderr, nothing on stdout) unless {@code --force}, which prints the draft with a
 * warning block naming them. Blanks left for the user are listed on stderr.
 */
public final class LetterCommand implements CliCommand {
    @Override
    public String name() {
        return "letter";
    }

    @Override
    public String summary() {
        return "CASE-ID --channel C [--lang zh|en] [--docx FILE] [--force]  print the draft letter for a channel";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Args parsed = Args.parse(args, Set.of("--channel", "--lang", "--docx"), Set.of("--force"));
        var id = CaseCommands.caseId(parsed.positional(0, "CASE-ID (a case id, see: cases list)"));
        parsed.expectPositionals(1);
        Channel channel = channel(parsed.required("--channel"));
        Locale locale = parsed.option("--lang").map(LetterCommand::language).orElse(context.messages().locale());
        Messages messages = new Messages(locale);
        RefundCase found;
        List<EvidenceItem> files;
        try (Database db = CaseCommands.open(context)) {
            found = db.cases().find(id).orElseThrow(() -> BadInputException.of("cli.case.none", String.valueOf(id)));
            files = new EvidenceVault(db, context.clock()).list(id);
        }
        EscalationServices services = EscalationCli.services(context);
        Instant now = context.clock().instant();
        ReasonText text = new ReasonText(messages);

        List<String> refused = new ArrayList<>();
        for (Reason r : services.fit().refusals(found, channel, now, false)) {
            refused.add(text.render(r));
        }
        if (!refused.isEmpty() && !parsed.flag("--force")) {
            refused.forEach(line -> context.err().println(line));
            return ExitCodes.CHECK_FAILED;
        }
        List<String> evidence = EvidenceListing.of(files, EvidenceChecklist.builtIn(), messages);
        LetterRequest request = new LetterRequest(channel, locale, now, LetterRequest.DEFAULT_DEADLINE_DAYS, null, evidence);
        Letter letter = services.drafter().draft(found, request);
        List<String> warnings = new ArrayList<>(refused);
        services.fit().warnings(found, channel, now).forEach(w -> warnings.add(text.render(w)));
        if (!warnings.isEmpty()) {
            letter = refused.isEmpty() ? letter.withWarnings(messages.get("letters.notice.heading"), warnings)
                    : letter.withWarnings(messages.get("letters.force.heading"),
                    withFooter(warnings, messages.get("letters.force.footer")));
        }
        context.out().print(letter.text());
        if (!letter.blanks().isEmpty()) {
            context.err().println(messages.get("letters.blanks.heading"));
            letter.blanks().forEach(b -> context.err().println("  " + b));
        }
        if (parsed.option("--docx").isPresent()) {
            Path out = Path.of(parsed.option("--docx").get());
            Letter saved = letter;
            CaseCommands.writeFile(out, () -> new LetterDocxWriter().write(saved, out));
            context.err().println(context.messages().get("escalation.cli.docxSaved", out));
        }
        return ExitCodes.OK;
    }

    private static List<String> withFooter(List<String> lines, String footer) {
        List<String> out = new ArrayList<>(lines);
        out.add(footer);
        return out;
    }

    static Channel channel(String text) {
        try {
            return Channel.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("cli.arg.notOneOf", "--channel", text,
                    String.join(", ", Arrays.stream(Channel.values()).map(Enum::name).toList()));
        }
    }

    private static Locale language(String tag) {
        if (!"zh".equals(tag) && !"en".equals(tag)) {
            throw BadInputException.of("cli.arg.lang", "--lang", tag);
        }
        return Messages.forTag(tag).locale();
    }
}
