package org.refunddesk.cli;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.Money;
import org.refunddesk.rules.Assessment;
import org.refunddesk.rules.ShanghaiTime;

/**
 * The JSON documents of {@code assess} and {@code plan} (issue 3: field names are a contract).
 * Times are written in Asia/Shanghai with their offset, e.g. {@code 2026-11-21T10:00:00+08:00}.
 */
final class AssessmentJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private AssessmentJson() {
    }

    static String assessment(Assessment a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("rulebookVersion", a.rulebookVersion());
        root.put("verdict", a.verdict().name());
        root.put("responsible", a.responsible().name());
        ArrayNode reasons = root.putArray("reasons");
        for (Assessment.Reason r : a.reasons()) {
            reasons.addObject().put("rule", r.rule()).put("basis", r.basis()).put("text", r.text());
        }
        ArrayNode flags = root.putArray("redFlags");
        for (Assessment.Flag f : a.redFlags()) {
            flags.addObject().put("flag", f.flag()).put("text", f.text()).put("advice", f.advice());
        }
        ArrayNode routes = root.putArray("routes");
        for (Assessment.Route r : a.routes()) {
            routes.addObject().put("channel", r.channel().name()).put("text", r.text());
        }
        ObjectNode claims = root.putObject("claims");
        Assessment.Claims c = a.claims();
        claims.put("refund", Money.format(c.refund()));
        if (c.punitive() == null) {
            claims.putNull("punitive");
        } else {
            claims.put("punitive", Money.format(c.punitive()));
        }
        claims.put("courtFee", Money.format(c.courtFee()));
        // issue 11, additive: the figures behind "refund", the condition of the punitive claim, the CRPL 53 line
        claims.put("price", Money.format(c.price()));
        claims.put("refundsReceived", Money.format(c.refundsReceived()));
        claims.put("outstanding", Money.format(c.outstanding()));
        if (c.punitiveCondition() == null) {
            claims.putNull("punitiveCondition");
        } else {
            claims.putObject("punitiveCondition").put("mustProve", c.punitiveCondition().mustProve())
                    .put("basis", c.punitiveCondition().basis());
        }
        if (c.interest() == null) {
            claims.putNull("interest");
        } else {
            claims.putObject("interest").put("text", c.interest().text()).put("basis", c.interest().basis());
        }
        deadlines(root, a.deadlines());
        // issue 11, additive and after the contract's fields: the limitation deadline and when the consumer knew
        a.limitation().ifPresent(d -> root.putObject("limitation").put("dueAt", time(d.dueAt()))
                .put("expired", a.limitationExpired()));
        if (a.knewOfHarmAt() != null) {
            root.put("knewOfHarmAt", time(a.knewOfHarmAt()));
        }
        return write(root);
    }

    static String plan(String rulebookVersion, List<Deadline> deadlines) {
        ObjectNode root = JSON.createObjectNode();
        root.put("rulebookVersion", rulebookVersion);
        deadlines(root, deadlines);
        return write(root);
    }

    private static void deadlines(ObjectNode root, List<Deadline> deadlines) {
        ArrayNode list = root.putArray("deadlines");
        for (Deadline d : deadlines) {
            list.addObject()
                    .put("rule", d.rule())
                    .put("startAt", time(d.startAt()))
                    .put("dueAt", time(d.dueAt()))
                    .put("state", d.state().name())
                    .put("basis", d.basis())
                    .put("estimate", d.estimate())
                    .put("explanation", d.explanation());
        }
    }

    static String time(Instant at) {
        return TIME.format(at.atZone(ShanghaiTime.ZONE));
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
