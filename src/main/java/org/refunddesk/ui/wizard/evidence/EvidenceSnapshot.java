package org.refunddesk.ui.wizard.evidence;

import java.util.List;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.evidence.GapReport;

/** A case's evidence as read on a worker thread: the files, what the chain lacks, and the trash. */
record EvidenceSnapshot(List<EvidenceItem> files, GapReport report, List<EvidenceItem> trashed) {
}
