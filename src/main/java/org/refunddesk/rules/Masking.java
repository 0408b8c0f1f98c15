package org.refunddesk.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what an export meant for others shows of personal numbers (issue 18): a phone
 * as {@code 138****1234}; an ID number (身份证), bank card, order, transaction or account number by its last
 * four characters only — enough for a business to find the order, too little for anyone else to use.
 * {@link #text} finds such numbers inside free text (titles, notes, event references).
 */
public final class Masking {
    private static final int SHOWN = 4;
    /** 18-character resident ID; 16-19 digit bank card; mainland mobile; any other long digit run (orders, transactions). */
    private static final Pattern NUMBERS = Pattern.compile(
            "(?<![0-9A-Za-z])(?:(?<id>\\d{17}[\\dXx])|(?<phone>1[3-9]\\d{9})|(?<long>\\d{8,}))(?![0-9A-Za-z])"
                    + "|(?<mixed>(?<![0-9A-Za-z])(?=[0-9A-Za-z]*\\d{6})[0-9A-Za-z]{10,}(?![0-9A-Za-z]))");

    private Masking() {
    }

    /** A phone: the first three and last four digits kept, the middle starred; short numbers by their tail. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        if (p.length() >= 8) {
            return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - SHOWN);
        }
        return tail(p);
    }

    /** An order, transaction, account, card or ID number: its last four characters only. */
    public static String tail(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String n = number.strip();
        return "****" + (n.length() <= SHOWN ? "" : n.substring(n.length() - SHOWN));
    }

    /** Free text with every phone, ID, card and long order/transaction number in it masked; the rest unchanged. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = NUMBERS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String found = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(m.group("phone") != null ? phone(found) : tail(found)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True for a value this class produced: it cannot be imported back as the number it hides. */
    public static boolean isMasked(String value) {
        return value != null && value.contains("*");
    }
}
