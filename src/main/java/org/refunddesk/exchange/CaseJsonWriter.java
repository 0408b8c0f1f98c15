package org.refunddesk.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CaseJsonWriter() {
    }

    static ObjectNode write(RefundCase rc, boolean withFormat) {
        ObjectNode json = NODES.objectNode();
        if (withFormat) {
            json.put("format", CaseFiles.CASE_FORMAT);
        }
        json.put("id", rc.id().toString());
        json.put("title", rc.title());
        json.put("status", rc.status().name());
        if (!Consumer.EMPTY.equals(rc.consumer())) {
            ObjectNode consumer = json.putObject("consumer");
            putText(consumer, "name", rc.consumer().name());
            putText(consumer, "phone", rc.consumer().phone());
            putText(consumer, "address", rc.consumer().address());
            Consent consent = rc.consumer().consent();
            if (consent != null) {
                consumer.put("isUser", consent.consumerIsUser());
                putText(consumer, "consentMethod", consent.method() == null ? null : consent.method().name());
                putText(consumer, "consentDate", consent.agreedOn() == null ? null : consent.agreedOn().toString());
            }
        }
        putText(json, "assignee", rc.assignee());
        putTexts(json.putArray("tags"), rc.tags());
        if (rc.platform() != null) {
            platform(json.putObject("platform"), rc.platform());
        }
        if (rc.purchase() != null) {
            purchase(json.putObject("purchase"), rc.purchase());
        }
        if (rc.problem() != null) {
            problem(json.putObject("problem"), rc.problem());
        }
        if (!rc.redFlags().isEmpty()) {
            putTexts(json.putArray("redFlags"), rc.redFlags().stream().map(Enum::name).toList());
        }
        if (rc.assessment() != null) {
            assessment(json.putObject("assessment"), rc.assessment());
        }
        putTime(json, "createdAt", rc.createdAt());
        putTime(json, "updatedAt", rc.updatedAt());
        ArrayNode events = json.putArray("events");
        rc.events().forEach(e -> event(events.addObject(), e));
        return json;
    }

    static String time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void platform(ObjectNode json, Platform p) {
        putText(json, "name", p.name());
        putText(json, "url", p.url());
        putEnum(json, "model", p.model());
        putEnum(json, "status", p.status());
        putText(json, "registeredAddress", p.registeredAddress());
        putText(json, "operator", p.operator());
        putText(json, "creditCode", p.creditCode());
        putText(json, "legalRepresentative", p.legalRepresentative());
    }

    private static void purchase(ObjectNode json, Purchase p) {
        putText(json, "orderNo", p.orderNo());
        putEnum(json, "product", p.product());
        putEnum(json, "delivery", p.delivery());
        putAmount(json, "amount", p.amount());
        putTime(json, "paidAt", p.paidAt());
        putEnum(json, "payment", p.payment());
        putText(json, "paymentRef", p.paymentRef());
        putText(json, "targetAccount", p.targetAccount());
        putText(json, "advertisedValidity", p.advertisedValidity());
    }

    private static void problem(ObjectNode json, Problem p) {
        putEnum(json, "kind", p.kind());
        putTime(json, "discoveredAt", p.discoveredAt());
        json.put("cardKeyExtracted", p.cardKeyExtracted());
        json.put("used", p.used());
        json.put("activated", p.activated());
        json.put("reordered", p.reordered());
        if (p.refundWindowHours() != null) {
            json.put("refundWindowHours", p.refundWindowHours());
        }
        if (p.feeDisclosed() != null) {
            json.put("feeDisclosed", p.feeDisclosed());
        }
    }

    private static void assessment(ObjectNode json, StoredAssessment a) {
        putText(json, "rulebookVersion", a.rulebookVersion());
        putEnum(json, "verdict", a.verdict());
        putEnum(json, "responsible", a.responsible());
        putTime(json, "assessedAt", a.assessedAt());
    }

    private static void event(ObjectNode json, CaseEvent e) {
        json.put("id", e.id().toString());
        putEnum(json, "type", e.type());
        putTime(json, "at", e.at());
        putEnum(json, "channel", e.channel());
        putText(json, "ref", e.ref());
        putTime(json, "deadlineAt", e.deadlineAt());
        putAmount(json, "amount", e.amount());
        putText(json, "note", e.note());
        if (e.voids() != null) {
            json.put("voids", e.voids().toString());
        }
        putText(json, "text", e.text());
    }

    private static void putText(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    private static void putTexts(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static void putEnum(ObjectNode json, String field, Enum<?> value) {
        if (value != null) {
            json.put(field, value.name());
        }
    }

    private static void putAmount(ObjectNode json, String field, BigDecimal value) {
        if (value != null) {
            json.put(field, Money.format(value));
        }
    }

    private static void putTime(ObjectNode json, String field, Instant value) {
        if (value != null) {
            json.put(field, time(value));
        }
    }
}
