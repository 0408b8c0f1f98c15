package org.refunddesk.rules.conflict;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

import org.refunddesk.domain.Consent;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.rules.ShanghaiTime;
import org.refunddesk.rules.i18n.Messages;

/**
 * A field's value as a person reads it: money as ¥100.00, moments as 2026-03-02 10:00 in Shanghai time,
 * enum constants by their bundle names, yes / no, and a visible "(empty)" instead of nothing.
 */
public final class ConflictValueText {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages;

    public ConflictValueText(Messages messages) {
        this.messages = messages;
    }

    public String label(ConflictField field) {
        return messages.get(field.labelKey());
    }

    public String format(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            return messages.get("teamclient.value.empty");
        }
        if (value instanceof BigDecimal amount) {
            return messages.get("teamclient.value.money", Money.format(amount));
        }
        if (value instanceof Instant moment) {
            return MOMENT.format(moment.atZone(ShanghaiTime.ZONE));
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        if (value instanceof Boolean yes) {
            return messages.get(yes ? "teamclient.value.yes" : "teamclient.value.no");
        }
        if (value instanceof Integer hours) {
            return messages.get("teamclient.value.hours", String.valueOf(hours));
        }
        if (value instanceof Enum<?> constant) {
            return messages.of(constant);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(this::format).collect(Collectors.joining(messages.get("teamclient.value.separator")));
        }
        if (value instanceof Consent consent) {
            return consent(consent);
        }
        if (value instanceof StoredAssessment assessment) {
            return messages.get("teamclient.value.assessment", messages.of(assessment.verdict()),
                    format(assessment.assessedAt()));
        }
        return String.valueOf(value);
    }

    private String consent(Consent consent) {
        if (consent.consumerIsUser()) {
            return messages.get("teamclient.value.consent.self");
        }
        return messages.get("teamclient.value.consent.other",
                consent.method() == null ? messages.get("teamclient.value.empty") : messages.of(consent.method()),
                consent.agreedOn() == null ? messages.get("teamclient.value.empty") : consent.agreedOn().toString());
    }
}
