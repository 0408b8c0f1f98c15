package org.refunddesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.rules.escalation.LadderBook;
import org.refunddesk.rules.escalation.RuleBookClaims;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.Letter;
import org.refunddesk.rules.letters.LetterDrafter;
import org.refunddesk.rules.letters.LetterRequest;
import org.refunddesk.rules.letters.LetterResources;
import org.refunddesk.rules.letters.CalendarDeadlineDates;

class LetterDocxWriterTest {
    private static final Instant NOW = Instant.parse("2026-10-10T02:00:00Z");
    private final LetterDrafter drafter = new LetterDrafter(LadderBook.standard(), new LetterResources(),
            new CalendarDeadlineDates(WorkingDayCalendars.bundled()), new RuleBookClaims(RuleBooks.builtIn(), WorkingDayCalendars.bundled()));

    @TempDir
    Path dir;

    private static String readBack(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void theDocxOpensWithPoiAndHoldsTheSameTextAsTheDraft(Channel channel) throws Exception {
        Letter letter = drafter.draft(EscalationFixtures.complete(ProblemKind.FALSE_ADVERTISING),
                LetterRequest.of(channel, Messages.CHINESE, NOW));
        Path target = dir.resolve("letter.docx");

        new LetterDocxWriter().write(letter, target);

        assertThat(readBack(target)).isEqualTo(letter.text().stripTrailing());
    }

    @Test
    void anEditedLetterIsWrittenAsEditedAndReplacesAnEarlierFileWithoutLeavingTemporaries() throws Exception {
        Letter letter = drafter.draft(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                LetterRequest.of(Channel.REGULATOR_12315, Messages.ENGLISH, NOW));
        Path target = dir.resolve("sub/complaint.docx");
        new LetterDocxWriter().write(letter, target);

        Letter edited = letter.withSection("facts", "Edited facts\nsecond line");
        new LetterDocxWriter().write(edited, target);

        assertThat(readBack(target)).contains("Edited facts\nsecond line").doesNotContain("Order number:");
        new LetterDocxWriter().write(letter, "My own text\n\nwritten freely", target);
        assertThat(readBack(target)).isEqualTo("My own text\n\nwritten freely");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
