package org.refunddesk.exchange.evidence;

import java.util.List;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.GapReport;

/** What goes into one case's bundle: the case, its evidence files and what the chain still lacks. */
public record EvidenceBundle(RefundCase refundCase, List<EvidenceItem> files, GapReport report) {
    public EvidenceBundle {
        files = List.copyOf(files);
    }
}
