package org.refunddesk.domain;

import java.time.LocalDate;

/**
 * Whose data a case holds: the user's own ({@code consumerIsUser}), or someone the user helps, who agreed
 * ({@code method}, {@code agreedOn}) that the helper keeps it. A case without a Consent (null) was recorded
 * before the question was asked.
 */
public record Consent(boolean consumerIsUser, ConsentMethod method, LocalDate agreedOn) {
    /** The consumer is the user: nobody else's data, nothing to agree to. */
    public static final Consent SELF = new Consent(true, null, null);

    public Consent {
        if (consumerIsUser) {
            method = null;
            agreedOn = null;
        }
    }

    /** For another person's case: true once both how and when they agreed are known. */
    public boolean complete() {
        return consumerIsUser || (method != null && agreedOn != null);
    }
}
