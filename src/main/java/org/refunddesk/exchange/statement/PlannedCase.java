package org.refunddesk.exchange.statement;

import java.util.Set;

import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.RefundCase;

/**
 * What importing one ticked payment does: the case to create (or, {@code existing}, the stored case with the
 * same trade number, updated), and how the bill is filed in its evidence vault ({@code evidenceSource},
 * what it shows, and a note naming the rows that concern the case).
 */
public record PlannedCase(RefundCase refundCase, boolean existing, StatementCandidate candidate,
                          Set<EvidenceFact> facts, String evidenceSource, String evidenceNote) {
    public PlannedCase {
        facts = Set.copyOf(facts);
    }
}
