package org.refunddesk.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;

/**
 * Every case's evidence as the caseload sees it: the vault's files and the completeness score the
 * {@link CorroborationChecker} gives them (0 without files). {@link #read()} reads the whole vault in one
 * query, so a dashboard of hundreds of cases does not query once per case. Call it off the FX thread.
 */
public final class CaseEvidenceScores {
    private final EvidenceVault vault;
    private final CorroborationChecker checker;
    private final Messages messages;

    public CaseEvidenceScores(EvidenceVault vault, EvidenceChecklist checklist, Messages messages) {
        this.vault = vault;
        this.checker = new CorroborationChecker(checklist);
        this.messages = messages;
    }

    /** The vault as it is now. */
    public Snapshot read() {
        return new Snapshot(vault.listAll());
    }

    /** The given files of one case, as a snapshot (when only a few cases are needed). */
    public Snapshot snapshotOf(UUID caseId, List<EvidenceItem> files) {
        return new Snapshot(Map.of(caseId, files));
    }

    /** The files of every case, read once; scores are computed per case on demand. */
    public final class Snapshot {
        private final Map<UUID, List<EvidenceItem>> byCase;

        private Snapshot(Map<UUID, List<EvidenceItem>> byCase) {
            this.byCase = byCase;
        }

        /** The case with the given verdict and deadlines, its evidence files and score. */
        public CaseOverview overview(RefundCase c, Verdict verdict, List<Deadline> deadlines) {
            List<EvidenceItem> files = byCase.getOrDefault(c.id(), List.of());
            List<CaseOverview.EvidenceFile> shown = files.stream()
                    .map(f -> new CaseOverview.EvidenceFile(f.originalName(),
                            messages.get("evidence.category." + f.category().name()), f.sha256()))
                    .toList();
            return new CaseOverview(c, verdict, deadlines, checker.check(c, files).score(), shown);
        }
    }
}
