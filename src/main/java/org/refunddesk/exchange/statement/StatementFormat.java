package org.refunddesk.exchange.statement;

import org.refunddesk.domain.PaymentChannel;

/** The bill layouts the import reads. Names are the CLI and JSON values. */
public enum StatementFormat {
    /** Alipay app transaction details: CSV in GBK/GB18030, header 交易时间,交易分类,… */
    ALIPAY_APP(PaymentChannel.ALIPAY, "alipay.app.header"),
    /** Alipay's older web export: CSV in GBK, header 交易号,商家订单号,… */
    ALIPAY_WEB(PaymentChannel.ALIPAY, "alipay.web.header"),
    /** WeChat Pay bill as CSV (UTF-8, with or without BOM). */
    WECHAT_CSV(PaymentChannel.WECHAT, "wechat.header"),
    /** WeChat Pay bill as XLSX (header on row 17 or 18). */
    WECHAT_XLSX(PaymentChannel.WECHAT, "wechat.header");

    private final PaymentChannel channel;
    private final String headerKey;

    StatementFormat(PaymentChannel channel, String headerKey) {
        this.channel = channel;
        this.headerKey = headerKey;
    }

    public PaymentChannel channel() {
        return channel;
    }

    String headerKey() {
        return headerKey;
    }

    /** True for the spreadsheet layout, whose places are rows rather than lines. */
    public boolean rows() {
        return this == WECHAT_XLSX;
    }
}
