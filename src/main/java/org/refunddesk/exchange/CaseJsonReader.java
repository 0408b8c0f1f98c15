package org.refunddesk.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.CreditCode;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformModel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;

/** Turns a case object of the {@code refunddesk.case/1} format into a {@link RefundCase}, strictly. */
final class CaseJsonReader {
    static final Set<String> CASE_FIELDS = Set.of("format", "id", "title", "status", "consumer", "assignee", "tags",
            "platform", "purchase", "problem", "redFlags", "assessment", "createdAt", "updatedAt", "events");
    private static final Set<String> CONSUMER_FIELDS = Set.of("name", "phone", "address", "isUser", "consentMethod",
            "consentDate");
    private static final Set<String> PLATFORM_FIELDS = Set.of("name", "url", "model", "status", "registeredAddress",
            "operator", "creditCode", "legalRepresentative");
    private static final Set<String> PURCHASE_FIELDS = Set.of("orderNo", "product", "delivery", "amount", "paidAt",
            "payment", "paymentRef", "targetAccount", "advertisedValidity");
    private static final Set<String> PROBLEM_FIELDS = Set.of("kind", "discoveredAt", "cardKeyExtracted", "used",
            "activated", "reordered", "refundWindowHours", "feeDisclosed");
    private static final Set<String> ASSESSMENT_FIELDS = Set.of("rulebookVersion", "verdict", "responsible",
            "assessedAt");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "type", "at", "channel", "ref", "deadlineAt",
            "amount", "note", "voids", "text");

    private CaseJsonReader() {
    }

    /**
     * @param formatRequired true for a case file (its "format" must be present); in a backup it may be left out
     */
    static RefundCase read(JsonNode node, String path, boolean formatRequired) {
        JsonObjectReader json = JsonObjectReader.of(node, path, CASE_FIELDS);
        checkFormat(json, formatRequired);
        UUID id = json.uuid("id");
        String title = json.requiredText("title");
        CaseStatus status = json.enumValue("status", CaseStatus.class);
        Consumer consumer = consumer(json.object("consumer", CONSUMER_FIELDS));
        String assignee = json.text("assignee");
        List<String> tags = json.textList("tags");
        Platform platform = platform(json.requiredObject("platform", PLATFORM_FIELDS));
        Purchase purchase = purchase(json.requiredObject("purchase", PURCHASE_FIELDS));
        Problem problem = problem(json.requiredObject("problem", PROBLEM_FIELDS));
        List<RedFlag> redFlags = json.enumList("redFlags", RedFlag.class);
        StoredAssessment assessment = assessment(json.object("assessment", ASSESSMENT_FIELDS));
        List<CaseEvent> events = events(json);
        return new RefundCase(id, title, consumer, assignee, tags, platform, purchase, problem, events, status,
                redFlags, assessment, json.time("createdAt"), json.time("updatedAt"));
    }

    private static void checkFormat(JsonObjectReader json, boolean required) {
        if (!required && !json.has("format")) {
            return;
        }
        String format = json.requiredText("format");
        if (!CaseFiles.CASE_FORMAT.equals(format)) {
            throw json.bad("format", JsonObjectReader.show(json.raw("format")) + " is not " + CaseFiles.CASE_FORMAT);
        }
    }

    private static Consumer consumer(JsonObjectReader json) {
        return json == null ? null : new Consumer(json.text("name"), json.text("phone"), json.text("address"),
                consent(json));
    }

    /** Optional: absent {@code isUser} means the question was not answered (older files). */
    private static Consent consent(JsonObjectReader json) {
        JsonNode isUser = json.raw("isUser");
        if (isUser == null || isUser.isNull()) {
            if (json.has("consentMethod") || json.has("consentDate")) {
                throw json.bad("isUser", "is required with consentMethod / consentDate (true or false)");
            }
            return null;
        }
        if (!isUser.isBoolean()) {
            throw json.bad("isUser", JsonObjectReader.show(isUser) + " is not true or false");
        }
        String date = json.text("consentDate");
        LocalDate agreedOn;
        try {
            agreedOn = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw json.bad("consentDate", "\"" + date + "\" is not a date (yyyy-mm-dd)");
        }
        return new Consent(isUser.booleanValue(), json.enumValue("consentMethod", ConsentMethod.class), agreedOn);
    }

    private static Platform platform(JsonObjectReader json) {
        String creditCode = CreditCode.normalise(json.text("creditCode"));
        if (creditCode != null && !CreditCode.isValid(creditCode)) {
            throw json.bad("creditCode", "\"" + creditCode + "\" is not a valid unified social credit code"
                    + " (18 characters, check character per GB 32100-2015)");
        }
        return new Platform(json.requiredText("name"), json.text("url"), json.enumValue("model", PlatformModel.class),
                json.enumValue("status", PlatformStatus.class), json.text("registeredAddress"), json.text("operator"),
                creditCode, json.text("legalRepresentative"));
    }

    private static Purchase purchase(JsonObjectReader json) {
        return new Purchase(json.text("orderNo"), json.requiredEnum("product", ProductType.class),
                json.requiredEnum("delivery", DeliveryMode.class), json.requiredAmount("amount"),
                json.requiredTime("paidAt"), json.enumValue("payment", PaymentChannel.class), json.text("paymentRef"),
                json.text("targetAccount"), json.text("advertisedValidity"));
    }

    private static Problem problem(JsonObjectReader json) {
        return new Problem(json.requiredEnum("kind", ProblemKind.class), json.time("discoveredAt"),
                json.bool("cardKeyExtracted", false), json.bool("used", false), json.bool("activated", false),
                json.bool("reordered", false), json.positiveInt("refundWindowHours"),
                json.has("feeDisclosed") ? json.bool("feeDisclosed", false) : null);
    }

    private static StoredAssessment assessment(JsonObjectReader json) {
        return json == null ? null : new StoredAssessment(json.text("rulebookVersion"),
                json.requiredEnum("verdict", Verdict.class), json.enumValue("responsible", Responsible.class),
                json.time("assessedAt"));
    }

    private static List<CaseEvent> events(JsonObjectReader json) {
        List<JsonNode> nodes = json.array("events");
        List<CaseEvent> events = new ArrayList<>();
        List<JsonObjectReader> readers = new ArrayList<>();
        Map<UUID, Integer> indexById = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonObjectReader e = JsonObjectReader.of(nodes.get(i),
                    JsonObjectReader.element(json.pathOf("events"), i), EVENT_FIELDS);
            CaseEvent event = new CaseEvent(e.uuid("id"), e.requiredEnum("type", EventType.class),
                    e.requiredTime("at"), e.enumValue("channel", Channel.class), e.text("ref"), e.time("deadlineAt"),
                    e.amount("amount"), e.text("note"), e.uuid("voids"), e.text("text"));
            Integer earlier = indexById.putIfAbsent(event.id(), i);
            if (earlier != null) {
                throw e.bad("id", "same id as " + JsonObjectReader.element(json.pathOf("events"), earlier));
            }
            events.add(event);
            readers.add(e);
        }
        for (int i = 0; i < events.size(); i++) {
            checkVoids(events.get(i), readers.get(i), indexById);
        }
        return events;
    }

    /** A correction must name an event of this case; nothing else may void anything. */
    private static void checkVoids(CaseEvent event, JsonObjectReader json, Map<UUID, Integer> indexById) {
        if (event.type() == EventType.EVENT_VOIDED) {
            if (event.voids() == null) {
                throw json.bad("voids", "missing required field (an EVENT_VOIDED event names the event it voids)");
            }
            if (!indexById.containsKey(event.voids()) || event.voids().equals(event.id())) {
                throw json.bad("voids", "\"" + event.voids() + "\" is not the id of another event of this case");
            }
        } else if (event.voids() != null) {
            throw json.bad("voids", "only an EVENT_VOIDED event may void another event");
        }
    }
}
