package org.refunddesk.exchange.statement;

import java.math.BigDecimal;
import java.time.Instant;

import org.refunddesk.exchange.statement.StatementException.Place;

/**
 * One transaction of a bill, whatever its layout. {@code amount} is positive, its sense in
 * {@code direction}. {@code tradeNo} is the payment provider's number (交易订单号 / 交易号 / 交易单号),
 * {@code merchantOrderNo} the seller's (商家订单号 / 商户单号); both null when the bill shows none.
 * {@code refunded} and {@code modifiedAt} only in Alipay's web export (成功退款, 最近修改时间).
 */
public record StatementRow(Place place, Instant time, String type, String counterparty, String description,
                           Direction direction, BigDecimal amount, String method, String status, String tradeNo,
                           String merchantOrderNo, String note, BigDecimal refunded, Instant modifiedAt) {

    /** 收/支: money out, money in, or neither (transfers, refunds in Alipay's app bill). */
    public enum Direction {
        OUT, IN, NEUTRAL
    }

    public int number() {
        return place.number();
    }
}
