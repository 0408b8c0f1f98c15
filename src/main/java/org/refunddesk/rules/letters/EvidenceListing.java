package org.refunddesk.rules.letters;

import java.util.List;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.evidence.BundleNaming;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceTexts;
import org.refunddesk.rules.i18n.Messages;

/**
 * The evidence a letter lists: the files actually in the case's vault, in chain order and named as
 * the evidence bundle names them ({@code 01-购买凭证-订单截图.png}), so the list matches the bundle
 * the user attaches. A checklist item with no file is not listed.
 */
public final class EvidenceListing {
    private EvidenceListing() {
    }

    public static List<String> of(List<EvidenceItem> vaultFiles, EvidenceChecklist checklist, Messages messages) {
        if (vaultFiles == null || vaultFiles.isEmpty()) {
            return List.of();
        }
        return new BundleNaming(checklist, new EvidenceTexts(messages, checklist)).plan(vaultFiles).stream()
                .map(BundleNaming.PlannedFile::fileName).toList();
    }
}
