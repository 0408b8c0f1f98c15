package org.refunddesk.domain;

public enum Verdict {
    LIKELY, POSSIBLE, UNLIKELY, NOT_REFUNDABLE
}
