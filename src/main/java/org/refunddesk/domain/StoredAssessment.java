package org.refunddesk.domain;

import java.time.Instant;

/** The last eligibility verdict saved with a case, with the rule book version that produced it. */
public record StoredAssessment(String rulebookVersion, Verdict verdict, Responsible responsible,
                               Instant assessedAt) {
}
