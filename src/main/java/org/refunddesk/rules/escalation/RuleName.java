package org.refunddesk.rules.escalation;

/** A rule-engine deadline id in a reason: {@link ReasonText} writes its name from the bundles, never the id. */
public record RuleName(String id) {
}
