package org.refunddesk.rules.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.rules.escalation.LadderBook;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.escalation.RuleBookClaims;
import org.refunddesk.rules.i18n.Messages;

class ConsistencyCheckerTest {
    private static final Instant NOW = Instant.parse("2026-10-10T02:00:00Z");
    private final LetterResources resources = new LetterResources();
    private final LetterDrafter drafter = new LetterDrafter(LadderBook.standard(), resources,
            new CalendarDeadlineDates(WorkingDayCalendars.bundled()), new RuleBookClaims(RuleBooks.builtIn(), WorkingDayCalendars.bundled()));
    private final ConsistencyChecker checker = new ConsistencyChecker(resources);

    private RefundCase filedWithPlatform(String text) {
        return EscalationFixtures.complete(ProblemKind.NOT_DELIVERED).withEvent(
                CaseEvent.of(EventType.DEMAND_SENT, NOW.minusSeconds(86_400), Channel.CUSTOMER_SERVICE).withText(text));
    }

    @Test
    void aComplaintWithTheSameFactsAsTheEarlierOneRaisesNoWarningEvenInTheOtherLanguage() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        String earlier = drafter.draft(c, LetterRequest.of(Channel.CUSTOMER_SERVICE, Messages.ENGLISH, NOW)).text();
        String now = drafter.draft(c, LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW)).text();

        assertThat(checker.check(filedWithPlatform(earlier), now)).isEmpty();
    }

    @Test
    void aDifferentAmountOrOrderNumberThanTheEarlierComplaintIsWarnedAbout() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        String earlier = drafter.draft(c, LetterRequest.of(Channel.CUSTOMER_SERVICE, Messages.CHINESE, NOW)).text();
        Letter draft = drafter.draft(c, LetterRequest.of(Channel.REGULATOR_12315, Messages.CHINESE, NOW));
        String edited = draft.section("facts").orElseThrow().body()
                .replace("金额：100.00 元", "金额：150.00 元").replace("订单号：" + EscalationFixtures.ORDER_NO, "订单号：KM999");
        String now = draft.withSection("facts", edited).text();

        var conflicts = checker.check(filedWithPlatform(earlier), now);

        assertThat(conflicts).extracting(ConsistencyChecker.Conflict::field)
                .containsExactlyInAnyOrder(FactFingerprint.Field.AMOUNT, FactFingerprint.Field.ORDER_NUMBER);
        String message = new ReasonText(new Messages(Messages.CHINESE)).render(conflicts.stream()
                .filter(x -> x.field() == FactFingerprint.Field.AMOUNT).findFirst().orElseThrow().reason());
        assertThat(message).contains("平台客服").contains("100").contains("150");
    }

    @Test
    void aDifferentPaymentDateIsWarnedAbout() {
        String earlier = "订单号：KM20260915001\n付款时间：2026-09-14 10:00\n金额：100.00 元";
        String now = "订单号：KM20260915001\n付款时间：2026-09-15 10:00\n金额：100 元";

        assertThat(checker.check(filedWithPlatform(earlier), now)).extracting(ConsistencyChecker.Conflict::field)
                .containsExactly(FactFingerprint.Field.PAID_AT);
    }

    @Test
    void filingsWithoutStoredTextAreNotCompared() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED)
                .withEvent(CaseEvent.of(EventType.COMPLAINT_FILED, NOW, Channel.REGULATOR_12315));

        assertThat(checker.check(c, "订单号：OTHER")).isEmpty();
    }
}
