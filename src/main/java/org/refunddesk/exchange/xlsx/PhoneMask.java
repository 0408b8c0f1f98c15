package org.refunddesk.exchange.xlsx;

/** Hides the middle of a phone number, as Chinese apps do: 13812341234 → 138****1234. */
public final class PhoneMask {
    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() >= 8) {
            return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
        }
        // too short to keep both ends without giving most of it away: keep the last two only
        return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
    }

    /** True for a value this class produced: it cannot be imported back as a phone number. */
    public static boolean isMasked(String phone) {
        return phone != null && phone.contains("*");
    }
}
