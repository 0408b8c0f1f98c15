package org.refunddesk.domain;

public enum PlatformStatus {
    OPERATING, UNRESPONSIVE, GONE
}
