package org.refunddesk.domain;

public enum PlatformModel {
    SELF_OPERATED, GUARANTEED
}
