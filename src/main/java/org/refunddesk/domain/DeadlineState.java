package org.refunddesk.domain;

public enum DeadlineState {
    OPEN, MET, MISSED
}
