package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.LetterRequest;

/**
 * A letter demands the CRPL art. 53 interest and costs exactly where the eligibility assessment gives that
 * claim line, and the conditional CRPL art. 55 claim exactly where the assessment gives its punitive figure
 * (issue 12: "the demand includes what the law allows and the case supports"), over every case of the
 * eligibility table, in both languages.
 */
class LettersClaimWhatAssessGivesTest {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    private final EscalationServices services = EscalationServices.of(RuleBooks.builtIn(), WorkingDayCalendars.bundled(), ZH);

    static Stream<EligibilityTableTest.Row> table() {
        return EligibilityTableTest.table();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theDemandAsksForTheInterestAndPunitiveLinesTheAssessmentGives(EligibilityTableTest.Row row) {
        RefundCase c = row.setup().apply(CaseSketch.of(row.kind())).build();
        Instant now = CaseSketch.at(row.now());
        Assessment a = EligibilityAssessor.assess(c, now, RuleBooks.builtIn(), WorkingDayCalendars.bundled(), ZH);
        for (Locale locale : new Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            String letter = services.drafter().draft(c, LetterRequest.of(Channel.PLATFORM, locale, now)).text();
            boolean english = locale == Messages.ENGLISH;
            // the demand's own sentences (the sources list may cite the articles whatever is claimed)
            String interest = english ? "interest on the prepayment" : "预付款自付款之日起的利息";
            String punitive = english ? "I also claim" : "另行主张赔偿";
            boolean owed = a.claims().refund().signum() > 0;
            assertThat(letter.contains(interest)).as(row + " " + locale + " interest line:\n" + letter)
                    .isEqualTo(owed && a.claims().interest() != null);
            assertThat(letter.contains(punitive)).as(row + " " + locale + " punitive line:\n" + letter)
                    .isEqualTo(a.claims().punitive() != null);
        }
    }
}
