package org.refunddesk.domain;

/** Where a case stands in the helper's workflow (an extension of the case-file format, default NEW). */
public enum CaseStatus {
    NEW, IN_PROGRESS, WAITING, ESCALATED, RESOLVED, CLOSED
}
