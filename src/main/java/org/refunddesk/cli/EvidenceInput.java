package org.refunddesk.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;

/** Parses the evidence commands' arguments; anything wrong is a bad-input line naming the argument. */
final class EvidenceInput {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private EvidenceInput() {
    }

    /** An evidence id; case ids go through {@link CaseCommands#caseId}. */
    static UUID id(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("cli.evidence.notAnId", what, text);
        }
    }

    static EvidenceCategory category(String text) {
        return enumValue(EvidenceCategory.class, text, "--category");
    }

    static Set<EvidenceFact> facts(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        Set<EvidenceFact> facts = EnumSet.noneOf(EvidenceFact.class);
        for (String name : list.split(",")) {
            facts.add(enumValue(EvidenceFact.class, name.strip(), "--shows"));
        }
        return facts;
    }

    /** ISO-8601 with an offset; a date-time or date without one is read as Asia/Shanghai. */
    static Instant instant(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(SHANGHAI).toInstant();
            } catch (DateTimeParseException withoutTime) {
                try {
                    return LocalDate.parse(text).atStartOfDay(SHANGHAI).toInstant();
                } catch (DateTimeParseException e) {
                    throw BadInputException.of("cli.arg.notATime", option, text);
                }
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String option) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw BadInputException.of("cli.arg.notOneOf", option, text, allowed);
        }
    }
}
