package org.refunddesk.rules.letters;

/**
 * What a public post may show of personal numbers: a phone as {@code 138****0000}, an order,
 * transaction or account number by its last four characters only (enough for the business to find
 * the order, too little for anyone else to use).
 */
public final class Masking {
    private static final int SHOWN = 4;

    private Masking() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.strip();
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - SHOWN);
        }
        return tail(digits);
    }

    public static String tail(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String n = number.strip();
        return "****" + (n.length() <= SHOWN ? "" : n.substring(n.length() - SHOWN));
    }
}
