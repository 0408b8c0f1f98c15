package org.refunddesk.ui.wizard.escalation;

import java.util.Optional;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceTexts;
import org.refunddesk.rules.evidence.GapReport;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.EvidenceListing;
import org.refunddesk.store.EvidenceVault;

/** The evidence vault's gap report of a case, for the wizard's score and its evidence warnings (reads the store). */
public final class VaultEvidenceStatus implements EvidenceStatus.Source {
    private final EvidenceVault vault;
    private final Messages messages;
    private volatile EvidenceChecklist checklist;

    public VaultEvidenceStatus(EvidenceVault vault, Messages messages) {
        this.vault = vault;
        this.messages = messages;
    }

    @Override
    public Optional<EvidenceStatus> statusOf(RefundCase refundCase) {
        if (checklist == null) {
            checklist = EvidenceChecklist.builtIn();
        }
        var files = vault.list(refundCase.id());
        GapReport report = new CorroborationChecker(checklist).check(refundCase, files);
        EvidenceTexts texts = new EvidenceTexts(messages, checklist);
        return Optional.of(new EvidenceStatus(report.score(),
                report.gaps().stream().map(g -> texts.gap(g, report)).toList(),
                EvidenceListing.of(files, checklist, messages)));
    }
}
