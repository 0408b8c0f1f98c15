package org.refunddesk.ui.wizard.escalation;

import java.util.List;
import java.util.Optional;

import org.refunddesk.domain.RefundCase;

/** The evidence vault's view of a case for the wizard: the completeness score and the gaps, in words. */
public record EvidenceStatus(int score, List<String> gaps) {
    public EvidenceStatus {
        gaps = List.copyOf(gaps);
    }

    /** Reads a case's evidence status; may touch files, so it is called off the FX thread. */
    @FunctionalInterface
    public interface Source {
        Source NONE = c -> Optional.empty();

        Optional<EvidenceStatus> statusOf(RefundCase refundCase);
    }
}
