package org.refunddesk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.RefundCase;

/**
 * The {@code refunddesk.backup/1} JSON streamed: written one case at a time from a source, read one case at a
 * time into a consumer, so neither side ever holds the list of all cases. Reading is as strict as
 * {@link CaseFiles#readBackup(String)}: the same JSON paths in the same one-line messages.
 */
public final class BackupCasesJson {
    /** Hands out cases one at a time. */
    @FunctionalInterface
    public interface Source {
        void forEach(Consumer<RefundCase> each);
    }

    /** Reads one value where the parser stands; the stream goes on after it, so trailing tokens are expected. */
    private static final ObjectReader VALUE = CaseFiles.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BackupCasesJson() {
    }

    /** Writes the backup JSON to {@code out} (left open); returns how many cases were written. */
    public static int write(OutputStream out, Instant exportedAt, Source cases) throws IOException {
        int[] count = {0};
        try (JsonGenerator g = CaseFiles.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(CaseFiles.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", CaseFiles.BACKUP_FORMAT);
            g.writeStringField("exportedAt", CaseJsonWriter.time(exportedAt));
            g.writeArrayFieldStart("cases");
            try {
                cases.forEach(rc -> {
                    try {
                        CaseJsonWriter.write(g, rc, false);
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return count[0];
    }

    /**
     * Reads a backup JSON, handing each case to {@code each} as soon as it is read and checked; returns how many.
     * A problem found later (a duplicate id, a bad header) still throws: run it where that undoes the cases seen.
     */
    public static int read(InputStream in, Consumer<RefundCase> each) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        int count = 0;
        try (JsonParser p = CaseFiles.MAPPER.getFactory().createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (p.nextToken() == null) {
                throw new CaseFileException("(root)", "the file is empty");
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new CaseFileException("(root)", "expected a JSON object, got " + p.currentToken().asString());
            }
            boolean sawCases = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("cases".equals(field)) {
                    sawCases = true;
                    count = readCases(p, each);
                    header.putArray("cases");
                } else {
                    header.set(field, VALUE.readTree(p));
                }
            }
            if (p.nextToken() != null) {
                throw new CaseFileException("(root)", "more JSON after the backup object");
            }
            if (!sawCases) {
                header.remove("cases");
            }
        } catch (JsonProcessingException e) {
            throw CaseFiles.broken(e);
        } catch (IOException e) {
            throw new CaseFileException("cannot read (" + e.getMessage() + ")", e);
        }
        CaseFiles.readCases(header); // the header's checks (format, exportedAt, cases present), as for a whole file
        return count;
    }

    private static int readCases(JsonParser p, Consumer<RefundCase> each) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new CaseFileException("cases", "expected a JSON array");
        }
        Map<UUID, Integer> indexById = new HashMap<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = JsonObjectReader.element("cases", i);
            JsonNode node = VALUE.readTree(p);
            RefundCase rc = CaseJsonReader.read(node, path, false);
            Integer earlier = indexById.putIfAbsent(rc.id(), i);
            if (earlier != null) {
                throw new CaseFileException(path + ".id", "same id as " + JsonObjectReader.element("cases", earlier));
            }
            each.accept(rc);
            i++;
        }
        return i;
    }
}
