package org.refunddesk.store;

import java.time.Instant;
import java.util.List;

import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;

/** Computes a case's summary from the case and its evidence at "now"; pure apart from loading its rules once. */
public interface SummaryProjector {

    /** Names the rule book, calendar and checklist in use: a stored summary of another version is recomputed. */
    String version();

    CaseSummary summarise(RefundCase refundCase, List<EvidenceItem> evidence, Instant now);
}
