package org.refunddesk.rules.caseload;

/**
 * Whether two platform keys are close enough to be the same name with a typo.
 * Uses the optimal-string-alignment distance (Levenshtein plus swapped neighbours, the commonest typo).
 */
public final class NameSimilarity {
    /**
     * Keys must agree on at least 80% of their characters: one typo in five characters, two in ten.
     * Below that, short distinct names ("abcd" / "abce") would merge.
     */
    public static final double MIN_SIMILARITY = 0.8;
    /**
     * Keys shorter than this never merge on similarity: in a four-character Chinese name one changed
     * character is usually a different shop, not a typo (see the clusterer's test table).
     */
    public static final int MIN_FUZZY_LENGTH = 5;

    private NameSimilarity() {
    }

    /** True when the keys are equal, or long enough, close enough and carry the same numbers. */
    public static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < MIN_FUZZY_LENGTH) {
            return false;
        }
        int longer = Math.max(a.length(), b.length());
        int allowed = (int) Math.floor(longer * (1 - MIN_SIMILARITY) + 1e-9);
        if (Math.abs(a.length() - b.length()) > allowed) {
            return false;
        }
        // "kameng88" and "kameng99" are two shops: a number is never a typo.
        if (!digits(a).equals(digits(b))) {
            return false;
        }
        return distance(a, b) <= allowed;
    }

    /** Similarity in [0, 1]: 1 minus the edit distance over the longer length. */
    public static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) distance(a, b) / longer;
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    private static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
