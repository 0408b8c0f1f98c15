package org.refunddesk.rules.letters;

import org.refunddesk.rules.Masking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformModel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.Claims;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.i18n.Messages;

/**
 * Builds a case's {@link FactSheet} for one letter: the fields of the case, its effective events in
 * time order (the history), the files in its evidence vault, and the claims the rules give. Nothing
 * is assumed: a flag the file does not settle stays unknown, and a public post ({@code COMPLAINT_SITE})
 * gets masked numbers and no personal name or address.
 */
final class FactSheetBuilder {
    /** An answer from the business or a body after a demand: the demand is no longer unanswered. */
    private static final Set<EventType> ANSWERS = EnumSet.of(EventType.REFUND_APPROVED, EventType.REFUND_REJECTED,
            EventType.REFUND_RECEIVED, EventType.BUSINESS_ACKNOWLEDGED, EventType.COMPLAINT_ANSWERED,
            EventType.SUPPLEMENT_REQUESTED);
    private static final Set<Channel> MEDIATORS = EnumSet.of(Channel.REGULATOR_12315, Channel.CONSUMER_ASSOCIATION);

    private final LetterResources resources;

    FactSheetBuilder(LetterResources resources) {
        this.resources = resources;
    }

    FactSheet build(RefundCase c, LetterRequest request, Claims claims, String deadline, String nextStep) {
        Locale locale = request.locale();
        Messages m = new Messages(locale);
        boolean masked = request.channel() == Channel.COMPLAINT_SITE;
        FactSheet s = new FactSheet();
        s.flag(Fact.MASKED, masked);
        s.flag(Fact.MEDIATION, MEDIATORS.contains(request.channel()));

        Consumer consumer = c.consumer();
        if (!masked) {
            s.put(Fact.CONSUMER_NAME, consumer.name());
            s.put(Fact.CONSUMER_ADDRESS, consumer.address());
        }
        s.put(Fact.CONSUMER_PHONE, masked ? Masking.phone(consumer.phone()) : consumer.phone());

        Platform platform = c.platform();
        if (platform != null) {
            s.put(Fact.PLATFORM_NAME, platform.name());
            s.put(Fact.PLATFORM_URL, platform.url());
            s.put(Fact.PLATFORM_ADDRESS, platform.registeredAddress());
            s.put(Fact.OPERATOR, platform.operator());
            s.put(Fact.CREDIT_CODE, platform.creditCode());
            s.put(Fact.LEGAL_REPRESENTATIVE, platform.legalRepresentative());
            s.put(Fact.BUSINESS_NAME, platform.operator() != null && !platform.operator().isBlank()
                    ? platform.operator() : platform.name());
            s.flag(Fact.MARKETPLACE, platform.model() == PlatformModel.GUARANTEED);
            s.flag(Fact.PLATFORM_GONE, platform.status() == PlatformStatus.GONE);
        }

        Purchase p = c.purchase();
        if (p != null) {
            s.put(Fact.ORDER_NO, masked ? Masking.tail(p.orderNo()) : p.orderNo());
            s.put(Fact.AMOUNT, p.amount() == null ? null : Money.format(p.amount()));
            s.put(Fact.PAID_AT, p.paidAt() == null ? null : dateTime(p.paidAt()));
            s.put(Fact.PRODUCT, p.product() == null ? null : m.of(p.product()));
            s.put(Fact.PAYMENT_CHANNEL, p.payment() == null ? null : m.of(p.payment()));
            s.put(Fact.PAYMENT_REF, masked ? Masking.tail(p.paymentRef()) : p.paymentRef());
            s.put(Fact.TARGET_ACCOUNT, masked ? Masking.tail(p.targetAccount()) : p.targetAccount());
            s.put(Fact.ADVERTISED_VALIDITY, p.advertisedValidity());
            s.flag(Fact.CARD_KEY, p.delivery() == null ? null : p.delivery() == DeliveryMode.CARD_KEY);
        }

        List<CaseEvent> events = c.effectiveEvents();
        Problem problem = c.problem();
        ProblemKind kind = problem == null ? null : problem.kind();
        if (problem != null) {
            s.put(Fact.DISCOVERED_AT, problem.discoveredAt() == null ? null : dateTime(problem.discoveredAt()));
            s.put(Fact.PROBLEM, kind == null ? null : m.of(kind));
            s.flag(Fact.ACTIVATED, problem.activated());
            s.flag(Fact.USED, problem.used());
            s.flag(Fact.EXTRACTED, problem.cardKeyExtracted());
            s.flag(Fact.REORDERED, problem.reordered());
        }
        s.flag(Fact.DELIVERED, delivered(problem, events, s));
        events.stream().filter(e -> e.type() == EventType.DELIVERED).findFirst()
                .ifPresent(e -> s.put(Fact.DELIVERED_AT, dateTime(e.at())));

        CaseEvent demand = null;
        for (CaseEvent e : events) {
            if (e.type() == EventType.DEMAND_SENT) {
                demand = e;
            }
        }
        s.flag(Fact.DEMAND_SENT, demand != null);
        if (demand != null) {
            s.put(Fact.DEMAND_AT, dateTime(demand.at()));
            s.put(Fact.DEMAND_DEADLINE, demand.deadlineAt() == null ? null : dateTime(demand.deadlineAt()));
            CaseEvent d = demand;
            s.flag(Fact.DEMAND_UNANSWERED, events.stream().noneMatch(e -> ANSWERS.contains(e.type()) && !e.at().isBefore(d.at())));
        }

        BigDecimal price = p == null || p.amount() == null ? null : p.amount();
        BigDecimal outstanding = claims.refund();
        s.put(Fact.OUTSTANDING, outstanding == null ? null : Money.format(outstanding));
        boolean partly = price != null && outstanding != null && outstanding.signum() > 0 && outstanding.compareTo(price) < 0;
        s.flag(Fact.PARTLY_REFUNDED, partly);
        if (partly) {
            s.put(Fact.REFUNDED, Money.format(price.subtract(outstanding)));
        }
        s.put(Fact.PUNITIVE, claims.punitive() == null ? null : Money.format(claims.punitive()));
        // CRPL art. 53 interest and costs exactly where the eligibility assessment gives that claim line
        s.flag(Fact.INTEREST, claims.interest() && outstanding != null && outstanding.signum() > 0);

        s.put(Fact.DEADLINE, deadline);
        s.put(Fact.RECIPIENT, m.of(request.channel()));
        s.put(Fact.NEXT_STEP, nextStep);

        Function<Fact, String> blank = f -> m.get("letters.blank", m.get("letters.fact." + f.key()));
        s.block(Fact.STATEMENT, kind == null ? List.of()
                : LetterTemplate.render(resources.statement(kind, locale), s, blank));
        s.block(Fact.HISTORY, new HistoryWriter(m, masked).history(events, demand, s));
        s.block(Fact.EVIDENCE, evidence(request.evidence()));
        s.block(Fact.BASIS, kind == null ? List.of() : resources.citations(kind).stream()
                .map(ct -> DraftSentence.plain("- " + ct.text(locale), Set.of(Fact.PROBLEM))).toList());
        return s;
    }

    /** Delivered when an event or a use state shows it; not delivered when the problem is non-arrival; else unknown. */
    private static Boolean delivered(Problem problem, List<CaseEvent> events, FactSheet s) {
        boolean shown = events.stream().anyMatch(e -> e.type() == EventType.DELIVERED)
                || problem != null && (problem.activated() || problem.used() || problem.cardKeyExtracted());
        if (shown) {
            return true;
        }
        if (problem != null && (problem.kind() == ProblemKind.NOT_DELIVERED
                || problem.kind() == ProblemKind.PAYMENT_NOT_RECEIVED)) {
            return false;
        }
        return null;
    }

    private static List<DraftSentence> evidence(List<String> files) {
        if (files == null) {
            return List.of();
        }
        List<DraftSentence> out = new ArrayList<>();
        files.forEach(f -> out.add(DraftSentence.plain("- " + f, Set.of(Fact.EVIDENCE))));
        return out;
    }

    static String dateTime(Instant i) {
        return ReasonText.DATE_TIME.format(i.atZone(ReasonText.SHANGHAI));
    }
}
