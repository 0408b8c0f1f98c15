package org.refunddesk.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The input limits of docs/case-file.md, in one place for every reader of outside data (case files,
 * backups, the XLSX / CSV import): moments within 2000-01-01 .. 2100-12-31 (Shanghai), amounts positive
 * up to ten million yuan without a sign, texts up to their field's length without control characters.
 * Callers word the violation themselves (a JSON path in English, a spreadsheet cell in the user's language).
 */
public final class InputLimits {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Instant EARLIEST = LocalDate.of(2000, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    public static final Instant LATEST = LocalDate.of(2101, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");
    private static final int DEFAULT_MAX_LENGTH = 1_000;
    private static final Map<String, Integer> MAX_LENGTH = Map.of("title", 200, "note", 10_000, "text", 100_000,
            "address", 500, "registeredAddress", 500, "url", 2_000);
    /** Fields that may hold several lines; everywhere else a line break is refused like any control character. */
    private static final Set<String> MULTI_LINE = Set.of("note", "text", "address", "registeredAddress");

    private InputLimits() {
    }

    /** What is wrong with a value; {@code limit} is the maximum length, {@code position} 1-based, {@code character} the code. */
    public record Violation(Kind kind, int limit, int position, int character) {
        public enum Kind { TOO_LONG, CONTROL_CHARACTER }

        /** U+0000 style, for messages. */
        public String characterCode() {
            return String.format("U+%04X", character);
        }
    }

    /** The maximum length of the case-file field {@code field} (its JSON name: title, note, name, orderNo, …). */
    public static int maxLength(String field) {
        return MAX_LENGTH.getOrDefault(field, DEFAULT_MAX_LENGTH);
    }

    /** Length and control characters: a field holds what a person typed, not 10 MB or a NUL. */
    public static Optional<Violation> checkText(String field, String text) {
        int max = maxLength(field);
        if (text.codePointCount(0, text.length()) > max) {
            return Optional.of(new Violation(Violation.Kind.TOO_LONG, max, 0, 0));
        }
        boolean multiLine = MULTI_LINE.contains(field);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean allowedBreak = multiLine && (ch == '\n' || ch == '\r' || ch == '\t');
            if (Character.isISOControl(ch) && !allowedBreak) {
                return Optional.of(new Violation(Violation.Kind.CONTROL_CHARACTER, max, i + 1, ch));
            }
        }
        return Optional.empty();
    }

    /** An amount written with a sign or holding a control character (NUL included) is refused before parsing. */
    public static boolean signedOrControl(String amountText) {
        String text = amountText.strip();
        return text.startsWith("-") || text.startsWith("+") || amountText.chars().anyMatch(Character::isISOControl);
    }

    /** Positive and at most {@link #MAX_AMOUNT}. */
    public static boolean amountInRange(BigDecimal amount) {
        return amount.signum() > 0 && amount.compareTo(MAX_AMOUNT) <= 0;
    }

    /** From 2000-01-01 00:00 to 2100-12-31 24:00, Asia/Shanghai. */
    public static boolean timeInRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
    }
}
