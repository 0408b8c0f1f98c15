package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.LetterDocxWriter;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.Letter;
import org.refunddesk.rules.letters.LetterRequest;

/** {@code letter CASE-ID --channel C [--lang zh|en] [--docx FILE]}: prints the draft letter for one ladder step. */
public final class LetterCommand implements CliCommand {
    @Override
    public String name() {
        return "letter";
    }

    @Override
    public String summary() {
        return "CASE-ID --channel C [--lang zh|en] [--docx FILE]  print the draft letter for a channel";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Args parsed = Args.parse(args, Set.of("--channel", "--lang", "--docx"), Set.of());
        var id = CaseCommands.caseId(parsed.positional(0, "CASE-ID (a case id, see: cases list)"));
        parsed.expectPositionals(1);
        Channel channel = channel(parsed.required("--channel"));
        Locale locale = parsed.option("--lang").map(LetterCommand::language).orElse(context.messages().locale());
        RefundCase found = EscalationCli.load(context, id);
        EscalationServices services = EscalationCli.services(context);

        Letter letter = services.drafter().draft(found, LetterRequest.of(channel, locale, context.clock().instant()));
        context.out().print(letter.text());
        if (parsed.option("--docx").isPresent()) {
            Path out = Path.of(parsed.option("--docx").get());
            CaseCommands.writeFile(out, () -> new LetterDocxWriter().write(letter, out));
            context.err().println(context.messages().get("escalation.cli.docxSaved", out));
        }
        return ExitCodes.OK;
    }

    static Channel channel(String text) {
        try {
            return Channel.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--channel: \"" + text + "\" is not a channel; use one of "
                    + String.join(", ", Arrays.stream(Channel.values()).map(Enum::name).toList()));
        }
    }

    private static Locale language(String tag) {
        if (!"zh".equals(tag) && !"en".equals(tag)) {
            throw new BadInputException("--lang: \"" + tag + "\" is not zh or en");
        }
        return Messages.forTag(tag).locale();
    }
}
