package org.refunddesk.exchange.statement;

import java.math.BigDecimal;
import java.time.Instant;

import org.refunddesk.exchange.statement.StatementException.Place;

/**
 * A refund the bill shows for a payment. {@code place} is its own row (null when only the payment's
 * status or refund column says so); {@code timeListed} false when the bill gives no refund time and
 * {@code at} is a stand-in (the export time, else the payment's time), which the case event says.
 */
public record RefundFound(Place place, BigDecimal amount, Instant at, boolean timeListed, String ref) {
}
