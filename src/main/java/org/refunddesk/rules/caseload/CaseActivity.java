package org.refunddesk.rules.caseload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;

/**
 * What the dashboard needs of a case's history: its last activity (the latest of last edit and last event) and the
 * refunds received. Computed from the whole case, or read from its stored summary (which stores exactly this).
 */
public record CaseActivity(Instant lastActivity, List<CaseSummary.Received> refunds) {

    public CaseActivity {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }

    public static CaseActivity of(RefundCase c) {
        return new CaseActivity(lastActivity(c), refunds(c));
    }

    public static CaseActivity of(CaseSummary s) {
        return new CaseActivity(s.lastActivityAt(), s.refunds());
    }

    /** The latest of creation, last edit and last event. */
    static Instant lastActivity(RefundCase c) {
        Instant last = c.updatedAt() != null ? c.updatedAt() : c.createdAt();
        for (CaseEvent e : c.events()) {
            if (e.at() != null && (last == null || e.at().isAfter(last))) {
                last = e.at();
            }
        }
        return last;
    }

    /** Refunds received (voided ones left out), each with its amount or else the amount paid. */
    static List<CaseSummary.Received> refunds(RefundCase c) {
        BigDecimal paid = c.purchase() == null ? null : c.purchase().amount();
        List<CaseSummary.Received> got = new ArrayList<>();
        for (CaseEvent e : c.effectiveEvents()) {
            if (e.type() == EventType.REFUND_RECEIVED && e.at() != null) {
                BigDecimal amount = e.amount() != null ? e.amount() : paid;
                if (amount != null) {
                    got.add(new CaseSummary.Received(e.at(), amount));
                }
            }
        }
        return got;
    }
}
