package org.refunddesk.ui.wizard.escalation;

import java.util.List;
import java.util.Optional;

import org.refunddesk.domain.RefundCase;

/**
 * The evidence vault's view of a case for the wizard: the completeness score, the gaps in words, and
 * the files in the vault as a letter lists them (chain order, bundle names).
 */
public record EvidenceStatus(int score, List<String> gaps, List<String> files) {
    public EvidenceStatus {
        gaps = List.copyOf(gaps);
        files = files == null ? List.of() : List.copyOf(files);
    }

    public EvidenceStatus(int score, List<String> gaps) {
        this(score, gaps, List.of());
    }

    /** Reads a case's evidence status; may touch files, so it is called off the FX thread. */
    @FunctionalInterface
    public interface Source {
        Source NONE = c -> Optional.empty();

        Optional<EvidenceStatus> statusOf(RefundCase refundCase);
    }
}
