package org.refunddesk.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.Money;
import org.refunddesk.exchange.statement.PlannedCase;
import org.refunddesk.exchange.statement.RefundFound;
import org.refunddesk.exchange.statement.Statement;
import org.refunddesk.exchange.statement.StatementCandidate;
import org.refunddesk.store.CaseImportWriter;

/** The JSON of {@code import-statement --json}: times in China time with their offset, amounts as "28.16". */
final class StatementJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StatementJson() {
    }

    static String candidates(Statement statement, List<PlannedCase> plan) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", statement.format().name());
        root.put("transactions", statement.rows().size());
        root.put("exportedAt", iso(statement.exportedAt()));
        ArrayNode list = root.putArray("candidates");
        for (PlannedCase p : plan) {
            StatementCandidate c = p.candidate();
            ObjectNode o = list.addObject();
            o.put("row", c.payment().number());
            o.put("time", iso(c.payment().time()));
            o.put("counterparty", c.payment().counterparty());
            o.put("description", c.payment().description());
            o.put("amount", Money.format(c.payment().amount()));
            o.put("tradeNo", c.payment().tradeNo());
            o.put("merchantOrderNo", c.payment().merchantOrderNo());
            ArrayNode refunds = o.putArray("refunds");
            for (RefundFound r : c.refunds()) {
                ObjectNode ro = refunds.addObject();
                if (r.place() != null) {
                    ro.put("row", r.place().number());
                } else {
                    ro.putNull("row");
                }
                ro.put("amount", Money.format(r.amount()));
                ro.put("at", iso(r.at()));
                ro.put("timeListed", r.timeListed());
                ro.put("ref", r.ref());
            }
            o.put("refunded", Money.format(c.refunded()));
            o.put("confidence", c.confidence());
            ArrayNode reasons = o.putArray("reasons");
            c.reasons().forEach(reasons::add);
            o.put("existingCase", p.existing() ? p.refundCase().id().toString() : null);
        }
        return JSON.writeValueAsString(root);
    }

    static String result(CaseImportWriter.Result result) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode created = root.putArray("created");
        result.created().forEach(c -> created.add(c.id().toString()));
        ArrayNode updated = root.putArray("updated");
        result.updated().forEach(c -> updated.add(c.id().toString()));
        return JSON.writeValueAsString(root);
    }

    static String iso(Instant t) {
        return t == null ? null : t.atOffset(CHINA).toString();
    }

    static String shown(Instant t) {
        return t == null ? "" : SHOWN.format(t.atOffset(CHINA));
    }
}
