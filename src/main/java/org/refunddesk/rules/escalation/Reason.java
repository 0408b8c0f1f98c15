package org.refunddesk.rules.escalation;

import java.util.List;

/**
 * A sentence for the user as a message key of the {@code escalation} bundle and its arguments, so the
 * rules stay free of language; {@link ReasonText} renders it.
 */
public record Reason(String key, List<Object> args) {
    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }
}
