package org.refunddesk.rules.caseload;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.RefundCase;

/**
 * Cases that name the same platform, however written: the name most of them use, every spelling seen,
 * the cases, the total amount paid and how many different consumers are involved.
 */
public record PlatformCluster(String key, String displayName, Set<String> spellings, List<RefundCase> cases,
                              BigDecimal totalAmount, int consumerCount) {
    public PlatformCluster {
        spellings = Set.copyOf(spellings);
        cases = List.copyOf(cases);
    }

    public int caseCount() {
        return cases.size();
    }
}
