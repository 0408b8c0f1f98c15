package org.refunddesk.exchange.statement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * Turns the ticked payments into cases: paid at, amount, payment channel, trade number (paymentRef),
 * merchant order number (orderNo), the counterparty as platform name; what was bought and how it was
 * delivered only when the description says so, else left blank for the user. Each refund becomes a
 * REFUND_RECEIVED event with its own amount, so partial refunds stay partial. A stored case with the
 * same trade number is updated instead (statement facts replace typed ones; events already there are
 * not added twice), so importing a bill again never duplicates anything.
 */
public final class StatementCasePlanner {
    private final StatementVocabulary words = StatementVocabulary.BUILT_IN;
    private final Messages messages;

    public StatementCasePlanner(Messages messages) {
        this.messages = messages;
    }

    public List<PlannedCase> plan(Statement statement, List<StatementCandidate> ticked, List<RefundCase> stored) {
        Map<String, RefundCase> byTradeNo = new HashMap<>();
        for (RefundCase c : stored) {
            if (c.purchase() != null && c.purchase().paymentRef() != null) {
                byTradeNo.putIfAbsent(c.purchase().paymentRef().strip(), c);
            }
        }
        String source = messages.get("statements.source." + statement.format().channel().name());
        List<PlannedCase> planned = new ArrayList<>();
        for (StatementCandidate candidate : ticked) {
            StatementRow p = candidate.payment();
            RefundCase existing = p.tradeNo() == null ? null : byTradeNo.get(p.tradeNo());
            RefundCase refundCase = existing == null ? newCase(statement, candidate, source)
                    : updated(existing, statement, candidate, source);
            planned.add(new PlannedCase(refundCase, existing != null, candidate, facts(candidate), source,
                    evidenceNote(candidate)));
        }
        return planned;
    }

    private RefundCase newCase(Statement statement, StatementCandidate candidate, String source) {
        StatementRow p = candidate.payment();
        String name = p.counterparty() != null ? p.counterparty() : p.description();
        String title = messages.get("statements.case.title", name == null ? "" : name, Money.format(p.amount()));
        Purchase purchase = new Purchase(p.merchantOrderNo(), product(p), delivery(p), p.amount(), p.time(),
                statement.format().channel(), p.tradeNo(), null, null);
        List<CaseEvent> events = new ArrayList<>();
        for (RefundFound r : candidate.refunds()) {
            events.add(refundEvent(r, source));
        }
        Platform platform = name == null ? null : new Platform(name, null, null, null, null);
        return new RefundCase(null, title, null, null, List.of(), platform, purchase, null, events, CaseStatus.NEW,
                List.of(), null, null, null);
    }

    private RefundCase updated(RefundCase c, Statement statement, StatementCandidate candidate, String source) {
        StatementRow p = candidate.payment();
        Purchase old = c.purchase();
        Purchase purchase = new Purchase(p.merchantOrderNo() != null ? p.merchantOrderNo() : old.orderNo(),
                old.product() != null ? old.product() : product(p), old.delivery() != null ? old.delivery() : delivery(p),
                p.amount(), p.time(), statement.format().channel(), p.tradeNo(), old.targetAccount(),
                old.advertisedValidity());
        String name = p.counterparty() != null ? p.counterparty() : p.description();
        Platform platform = c.platform() != null || name == null ? c.platform() : new Platform(name, null, null, null, null);
        List<CaseEvent> events = new ArrayList<>(c.events());
        for (RefundFound r : candidate.refunds()) {
            if (!alreadyRecorded(c, r)) {
                events.add(refundEvent(r, source));
            }
        }
        return new RefundCase(c.id(), c.title(), c.consumer(), c.assignee(), c.tags(), platform, purchase, c.problem(),
                events, c.status(), c.redFlags(), c.assessment(), c.createdAt(), c.updatedAt());
    }

    /** The same refund imported before: same refund number, or (no number) same amount at the same moment. */
    private static boolean alreadyRecorded(RefundCase c, RefundFound r) {
        return c.effectiveEvents().stream().filter(e -> e.type() == EventType.REFUND_RECEIVED).anyMatch(e ->
                r.ref() != null ? r.ref().equals(e.ref())
                        : e.ref() == null && e.amount() != null && e.amount().compareTo(r.amount()) == 0
                        && r.at().equals(e.at()));
    }

    private CaseEvent refundEvent(RefundFound r, String source) {
        String where = r.place() == null ? messages.get("statements.event.statusOnly", source)
                : messages.get("statements.event.row", source, r.place().text(messages));
        String note = r.timeListed() ? where : where + messages.get("statements.event.noTime");
        return new CaseEvent(null, EventType.REFUND_RECEIVED, r.at(), null, r.ref(), null, r.amount(), note, null, null);
    }

    private Set<EvidenceFact> facts(StatementCandidate candidate) {
        StatementRow p = candidate.payment();
        Set<EvidenceFact> facts = EnumSet.of(EvidenceFact.AMOUNT, EvidenceFact.TIME);
        if (p.tradeNo() != null) {
            facts.add(EvidenceFact.TRANSACTION_NUMBER);
        }
        if (p.merchantOrderNo() != null) {
            facts.add(EvidenceFact.ORDER_NUMBER);
        }
        if (p.counterparty() != null) {
            facts.add(EvidenceFact.BOTH_PARTIES);
        }
        if (candidate.refunds().stream().anyMatch(r -> r.ref() != null)) {
            facts.add(EvidenceFact.REFUND_NUMBER);
        }
        return facts;
    }

    /** "row 12: payment 49.74; row 40: refund 16.03" (in the bundle's words) — the rows of the bill that concern the case. */
    private String evidenceNote(StatementCandidate candidate) {
        StatementRow p = candidate.payment();
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("statements.evidence.payment", p.place().text(messages), Money.format(p.amount()),
                p.tradeNo() == null ? "-" : p.tradeNo()));
        for (RefundFound r : candidate.refunds()) {
            parts.add(r.place() == null
                    ? messages.get("statements.evidence.refundInStatus", Money.format(r.amount()))
                    : messages.get("statements.evidence.refund", r.place().text(messages), Money.format(r.amount())));
        }
        return String.join(messages.get("statements.evidence.separator"), parts);
    }

    private ProductType product(StatementRow p) {
        String text = (p.description() == null ? "" : p.description()) + " " + (p.counterparty() == null ? "" : p.counterparty());
        for (ProductType type : ProductType.values()) {
            String w = words.optional("product." + type.name());
            if (w != null && text.contains(w)) {
                return type;
            }
        }
        return null;
    }

    private DeliveryMode delivery(StatementRow p) {
        String text = (p.description() == null ? "" : p.description()) + " " + (p.counterparty() == null ? "" : p.counterparty());
        for (DeliveryMode mode : DeliveryMode.values()) {
            String w = words.optional("delivery." + mode.name());
            if (w != null && text.contains(w)) {
                return mode;
            }
        }
        return null;
    }
}
