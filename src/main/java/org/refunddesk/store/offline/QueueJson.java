package org.refunddesk.store.offline;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The queue's records as one-line JSON: {@code {"op":"put","entry":…}} and {@code {"op":"done","entryId":…}}. */
final class QueueJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // a queue written by a newer version with more fields still replays here
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private QueueJson() {
    }

    static String put(QueuedEdit entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("op", "put");
        node.set("entry", JSON.valueToTree(entry));
        return write(node);
    }

    static String done(UUID entryId) {
        ObjectNode node = JSON.createObjectNode();
        node.put("op", "done");
        node.put("entryId", entryId.toString());
        return write(node);
    }

    /** A record read back: a put (entry set) or a done (doneId set). */
    record Op(QueuedEdit entry, UUID doneId) {
    }

    static Op read(String json) throws IOException {
        JsonNode node = JSON.readTree(json);
        String op = node.path("op").asText();
        if ("put".equals(op)) {
            return new Op(JSON.treeToValue(node.get("entry"), QueuedEdit.class), null);
        }
        if ("done".equals(op)) {
            return new Op(null, UUID.fromString(node.path("entryId").asText()));
        }
        throw new IOException("unknown record \"" + op + "\"");
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a queue record", e);
        }
    }
}
