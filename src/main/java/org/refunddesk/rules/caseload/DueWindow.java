package org.refunddesk.rules.caseload;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Due within" windows as people type them: a number and h (hours) or d (days), e.g. 24h, 3d, 7d. */
public final class DueWindow {
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\s*([hHdD])");

    private DueWindow() {
    }

    /** The window, or IllegalArgumentException naming the accepted forms. */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a window like 24h, 3d or 7d");
        }
        long n = Long.parseLong(m.group(1));
        return Character.toLowerCase(m.group(2).charAt(0)) == 'h' ? Duration.ofHours(n) : Duration.ofDays(n);
    }

    /** The short form: whole days as "3d", anything else as hours. */
    public static String format(Duration window) {
        return window.toHours() % 24 == 0 ? window.toDays() + "d" : window.toHours() + "h";
    }
}
