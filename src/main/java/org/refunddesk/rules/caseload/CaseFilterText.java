package org.refunddesk.rules.caseload;

import java.text.Normalizer;
import java.util.Locale;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Verdict;

/**
 * Reads the one-line filter form {@code status=NEW; assignee=张志愿; tag=X; platform=Y; due-within=3d}
 * (also {@code verdict=LIKELY}); parts separated by ";" or ",", full-width forms accepted.
 */
public final class CaseFilterText {
    public static final String STATUS = "status";
    public static final String VERDICT = "verdict";
    public static final String ASSIGNEE = "assignee";
    public static final String TAG = "tag";
    public static final String PLATFORM = "platform";
    public static final String DUE_WITHIN = "due-within";

    private CaseFilterText() {
    }

    /** The filter, or IllegalArgumentException naming the part that is wrong. */
    public static CaseFilter parse(String text) {
        CaseFilter filter = CaseFilter.ALL;
        String normalised = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        for (String part : normalised.split("[;,]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("filter part \"" + part.strip() + "\" is not name=value");
            }
            filter = with(filter, part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1).strip());
        }
        return filter;
    }

    /** The filter with one criterion set from its text form (as typed after {@code --status} etc.). */
    public static CaseFilter with(CaseFilter filter, String name, String value) {
        return switch (name) {
            case STATUS -> filter.withStatus(enumValue(CaseStatus.class, STATUS, value));
            case VERDICT -> filter.withVerdict(enumValue(Verdict.class, VERDICT, value));
            case ASSIGNEE -> filter.withAssignee(value);
            case TAG -> filter.withTag(value);
            case PLATFORM -> filter.withPlatform(value);
            case DUE_WITHIN -> filter.withDueWithin(DueWindow.parse(value));
            default -> throw new IllegalArgumentException("unknown filter \"" + name + "\" (status, verdict, "
                    + "assignee, tag, platform, due-within)");
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": \"" + value + "\" is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
