package org.refunddesk.domain;

import java.util.Locale;

/**
 * The unified social credit code of a business (统一社会信用代码, GB 32100-2015): 18 characters from
 * the code's 31-character set (digits and capitals without I, O, S, V, Z), the last one a check
 * character computed from the first 17 with weights 3^i mod 31.
 */
public final class CreditCode {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private CreditCode() {
    }

    /** The code as it is written: trimmed, in capitals. */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** True when the (normalised) code has 18 characters of the set and its check character matches. */
    public static boolean isValid(String code) {
        String c = normalise(code);
        if (c == null || c.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = CHARSET.indexOf(c.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return c.charAt(LENGTH - 1) == CHARSET.charAt(check);
    }
}
