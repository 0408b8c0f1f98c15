package org.refunddesk.rules.letters;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;
import org.refunddesk.rules.i18n.Messages;

/**
 * The history paragraph: one sentence per effective event, in time order (applied on …, rejected on
 * …, demand sent on … with deadline …), and "unanswered since …" when the file holds no answer to the
 * latest demand. Only what the events record is written; a reference number is left out of a public post.
 */
final class HistoryWriter {
    private static final Set<EventType> WRITTEN = EnumSet.of(EventType.DELIVERED, EventType.REFUND_APPLIED,
            EventType.SUPPLEMENT_REQUESTED, EventType.SUPPLEMENT_SENT, EventType.REFUND_APPROVED,
            EventType.REFUND_REJECTED, EventType.REFUND_RECEIVED, EventType.DEMAND_SENT,
            EventType.BUSINESS_ACKNOWLEDGED, EventType.COMPLAINT_FILED, EventType.COMPLAINT_ACCEPTED,
            EventType.COMPLAINT_ANSWERED);

    private final Messages m;
    private final boolean masked;

    HistoryWriter(Messages m, boolean masked) {
        this.m = m;
        this.masked = masked;
    }

    List<DraftSentence> history(List<CaseEvent> events, CaseEvent latestDemand, FactSheet sheet) {
        List<DraftSentence> out = new ArrayList<>();
        for (CaseEvent e : events) {
            if (!WRITTEN.contains(e.type()) || e.at() == null) {
                continue;
            }
            out.add(DraftSentence.plain(sentence(e), e.type() == EventType.DEMAND_SENT
                    ? Set.of(Fact.HISTORY, Fact.DEMAND_SENT) : Set.of(Fact.HISTORY)));
        }
        if (latestDemand != null && sheet.has(Fact.DEMAND_UNANSWERED)) {
            out.add(DraftSentence.plain(m.get("letters.history.unanswered", FactSheetBuilder.dateTime(latestDemand.at())),
                    Set.of(Fact.HISTORY, Fact.DEMAND_SENT, Fact.DEMAND_UNANSWERED)));
        }
        return out;
    }

    private String sentence(CaseEvent e) {
        String date = FactSheetBuilder.dateTime(e.at());
        String key = "letters.history." + e.type();
        StringBuilder s = new StringBuilder(e.channel() != null
                ? m.get(key + ".on", date, m.of(e.channel())) : m.get(key, date));
        if (e.type() == EventType.REFUND_RECEIVED && e.amount() != null) {
            s.append(m.get("letters.history.amount", Money.format(e.amount())));
        }
        if (e.type() == EventType.DEMAND_SENT && e.deadlineAt() != null) {
            s.append(m.get("letters.history.deadline", FactSheetBuilder.dateTime(e.deadlineAt())));
        }
        if (!masked && e.ref() != null && !e.ref().isBlank()) {
            s.append(m.get("letters.history.ref", e.ref().strip()));
        }
        s.append(m.get("letters.history.end"));
        return s.toString();
    }
}
