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
            flags.addObject().put("flag", f.flag()).put("text", f.text());
        }
        ArrayNode routes = root.putArray("routes");
        for (Assessment.Route r : a.routes()) {
            routes.addObject().put("channel", r.channel().name()).put("text", r.text());
        }
        ObjectNode claims = root.putObject("claims");
        claims.put("refund", Money.format(a.claims().refund()));
        if (a.claims().punitive() == null) {
            claims.putNull("punitive");
        } else {
            claims.put("punitive", Money.format(a.claims().punitive()));
        }
        claims.put("courtFee", Money.format(a.claims().courtFee()));
        deadlines(root, a.deadlines());
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
