package org.refunddesk.domain;

public enum PaymentChannel {
    ALIPAY, WECHAT, BANK_CARD, PLATFORM_BALANCE, AGGREGATOR
}
