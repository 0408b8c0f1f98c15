package org.refunddesk.domain;

public enum Responsible {
    PLATFORM, USER, THIRD_PARTY
}
