package org.refunddesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFileException;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.ShanghaiTime;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;

/**
 * What {@code assess} and {@code plan} share: {@code CASEFILE [--now ISO-8601] [--lang zh|en]}, the
 * case read from its file, the rule book and calendar of the data folder (with notes on stderr when a
 * data-folder file was passed over).
 */
record RuleInputs(RefundCase refundCase, Instant now, RuleBooks.Loaded ruleBook, WorkingDayCalendar calendar,
                  Messages messages) {
    static final Set<String> OPTIONS = Set.of("--now", "--lang");

    static RuleInputs read(List<String> raw, CliContext context) {
        Args args = Args.parse(raw, OPTIONS, Set.of());
        args.expectPositionals(1);
        Path file = Path.of(args.positional(0, "CASEFILE"));
        Instant now = args.option("--now").map(RuleInputs::parseNow).orElseGet(context.clock()::instant);
        Messages messages = args.option("--lang").map(RuleInputs::language).orElse(context.messages());
        RefundCase refundCase;
        try {
            refundCase = CaseFiles.readCase(file);
        } catch (CaseFileException e) {
            throw new BadInputException(e.getMessage());
        }
        RuleBooks.Loaded book = RuleBooks.load(context.dataDir());
        WorkingDayCalendars.Loaded calendar = WorkingDayCalendars.load(context.dataDir());
        book.notes().forEach(n -> context.err().println(context.messages().get("cli.note", n)));
        calendar.problems().forEach(n -> context.err().println(context.messages().get("cli.note", n)));
        return new RuleInputs(refundCase, now, book, calendar.calendar(), messages);
    }

    /** An ISO-8601 time with an offset, or without one (read as Asia/Shanghai). */
    static Instant parseNow(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ShanghaiTime.ZONE).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                throw BadInputException.of("cli.arg.notATime", "--now", text);
            }
        }
    }

    private static Messages language(String tag) {
        if (!tag.equals("zh") && !tag.equals("en")) {
            throw BadInputException.of("cli.arg.lang", "--lang", tag);
        }
        return Messages.forTag(tag);
    }
}
