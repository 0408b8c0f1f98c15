package org.refunddesk.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.StoredAssessment;

/** Turns a {@link RefundCase} into a case object of the {@code refunddesk.case/1} format; absent values are left out. */
final class CaseJsonWriter {
    /** Times are written at +08:00, as the people who read these files live there. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private CaseJsonWriter() {
    }

    /** The case as a tree (single case files): the same fields, in the same order, as the streamed form. */
    static ObjectNode write(RefundCase rc, boolean withFormat) {
        try (TokenBuffer buffer = new TokenBuffer(CaseFiles.MAPPER, false)) {
            write(buffer, rc, withFormat);
            return CaseFiles.MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a token buffer is memory: it never fails to write
        }
    }

    /**
     * Writes the case object straight to the generator (issue 14: 100,000 cases in a backup or {@code cases list
     * --json} build no tree per case); absent values are left out as in the tree.
     */
    static void write(JsonGenerator g, RefundCase rc, boolean withFormat) throws IOException {
        g.writeStartObject();
        if (withFormat) {
            g.writeStringField("format", CaseFiles.CASE_FORMAT);
        }
        g.writeStringField("id", rc.id().toString());
        g.writeStringField("title", rc.title());
        g.writeStringField("status", rc.status().name());
        if (!Consumer.EMPTY.equals(rc.consumer())) {
            g.writeObjectFieldStart("consumer");
            putText(g, "name", rc.consumer().name());
            putText(g, "phone", rc.consumer().phone());
            putText(g, "address", rc.consumer().address());
            Consent consent = rc.consumer().consent();
            if (consent != null) {
                g.writeBooleanField("isUser", consent.consumerIsUser());
                putText(g, "consentMethod", consent.method() == null ? null : consent.method().name());
                putText(g, "consentDate", consent.agreedOn() == null ? null : consent.agreedOn().toString());
            }
            g.writeEndObject();
        }
        putText(g, "assignee", rc.assignee());
        g.writeArrayFieldStart("tags");
        for (String tag : rc.tags()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        if (rc.platform() != null) {
            g.writeObjectFieldStart("platform");
            platform(g, rc.platform());
            g.writeEndObject();
        }
        if (rc.purchase() != null) {
            g.writeObjectFieldStart("purchase");
            purchase(g, rc.purchase());
            g.writeEndObject();
        }
        if (rc.problem() != null) {
            g.writeObjectFieldStart("problem");
            problem(g, rc.problem());
            g.writeEndObject();
        }
        if (!rc.redFlags().isEmpty()) {
            g.writeArrayFieldStart("redFlags");
            for (Enum<?> flag : rc.redFlags()) {
                g.writeString(flag.name());
            }
            g.writeEndArray();
        }
        if (rc.assessment() != null) {
            g.writeObjectFieldStart("assessment");
            assessment(g, rc.assessment());
            g.writeEndObject();
        }
        putTime(g, "createdAt", rc.createdAt());
        putTime(g, "updatedAt", rc.updatedAt());
        g.writeArrayFieldStart("events");
        for (CaseEvent e : rc.events()) {
            g.writeStartObject();
            event(g, e);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * ISO offset date-time at +08:00, exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it (seconds
     * always, the fraction without trailing zeros), built by hand for years 1000-9999: a 100,000-case backup writes
     * about a million of them and the formatter cost more than the rest of the JSON (issue 14).
     */
    static String time(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), CHINA);
        int year = t.getYear();
        if (year < 1000 || year > 9999) {
            return OffsetDateTime.ofInstant(instant, CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        StringBuilder out = new StringBuilder(35);
        out.append(year).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append('T');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond());
        int nano = t.getNano();
        if (nano > 0) {
            String digits = Integer.toString(nano + 1_000_000_000).substring(1); // nine digits, leading zeros kept
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
        return out.append("+08:00").toString();
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void platform(JsonGenerator g, Platform p) throws IOException {
        putText(g, "name", p.name());
        putText(g, "url", p.url());
        putEnum(g, "model", p.model());
        putEnum(g, "status", p.status());
        putText(g, "registeredAddress", p.registeredAddress());
        putText(g, "operator", p.operator());
        putText(g, "creditCode", p.creditCode());
        putText(g, "legalRepresentative", p.legalRepresentative());
    }

    private static void purchase(JsonGenerator g, Purchase p) throws IOException {
        putText(g, "orderNo", p.orderNo());
        putEnum(g, "product", p.product());
        putEnum(g, "delivery", p.delivery());
        putAmount(g, "amount", p.amount());
        putTime(g, "paidAt", p.paidAt());
        putEnum(g, "payment", p.payment());
        putText(g, "paymentRef", p.paymentRef());
        putText(g, "targetAccount", p.targetAccount());
        putText(g, "advertisedValidity", p.advertisedValidity());
    }

    private static void problem(JsonGenerator g, Problem p) throws IOException {
        putEnum(g, "kind", p.kind());
        putTime(g, "discoveredAt", p.discoveredAt());
        g.writeBooleanField("cardKeyExtracted", p.cardKeyExtracted());
        g.writeBooleanField("used", p.used());
        g.writeBooleanField("activated", p.activated());
        g.writeBooleanField("reordered", p.reordered());
        if (p.refundWindowHours() != null) {
            g.writeNumberField("refundWindowHours", p.refundWindowHours().intValue());
        }
        if (p.feeDisclosed() != null) {
            g.writeBooleanField("feeDisclosed", p.feeDisclosed());
        }
    }

    private static void assessment(JsonGenerator g, StoredAssessment a) throws IOException {
        putText(g, "rulebookVersion", a.rulebookVersion());
        putEnum(g, "verdict", a.verdict());
        putEnum(g, "responsible", a.responsible());
        putTime(g, "assessedAt", a.assessedAt());
    }

    private static void event(JsonGenerator g, CaseEvent e) throws IOException {
        g.writeStringField("id", e.id().toString());
        putEnum(g, "type", e.type());
        putTime(g, "at", e.at());
        putEnum(g, "channel", e.channel());
        putText(g, "ref", e.ref());
        putTime(g, "deadlineAt", e.deadlineAt());
        putAmount(g, "amount", e.amount());
        putText(g, "note", e.note());
        if (e.voids() != null) {
            g.writeStringField("voids", e.voids().toString());
        }
        putText(g, "text", e.text());
    }

    private static void putText(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void putEnum(JsonGenerator g, String field, Enum<?> value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.name());
        }
    }

    private static void putAmount(JsonGenerator g, String field, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeStringField(field, Money.format(value));
        }
    }

    private static void putTime(JsonGenerator g, String field, Instant value) throws IOException {
        if (value != null) {
            g.writeStringField(field, time(value));
        }
    }
}
