package org.refunddesk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/** Yuan amounts as {@link BigDecimal} at fen scale (two decimals). */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private Money() {
    }

    /** Parses "100", "100.5" or "100.50"; anything else (commas, signs, three decimals) is empty. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (!PLAIN_AMOUNT.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(of(new BigDecimal(trimmed)));
    }

    /** Brings an amount to fen scale; an amount with fractions of a fen is an error. */
    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** "100.00" — the plain form used in files. */
    public static String format(BigDecimal amount) {
        return amount == null ? "" : of(amount).toPlainString();
    }
}
