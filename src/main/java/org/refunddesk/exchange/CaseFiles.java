package org.refunddesk.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.RefundCase;

/**
 * Case files ({@code refunddesk.case/1}) and backups ({@code refunddesk.backup/1}) in and out, as documented
 * in {@code docs/case-file.md}. Reading is strict: every problem is a {@link CaseFileException} whose one-line
 * message names the JSON path, or the line and column of broken JSON.
 */
public final class CaseFiles {
    public static final String CASE_FORMAT = "refunddesk.case/1";
    public static final String BACKUP_FORMAT = "refunddesk.backup/1";
    private static final Set<String> BACKUP_FIELDS = Set.of("format", "exportedAt", "cases");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final ObjectWriter PRETTY = MAPPER.writer(PRINTER);

    private CaseFiles() {
    }

    /** Reads a case file; the exception's message starts with the file's name. */
    public static RefundCase readCase(Path file) {
        String text = readText(file);
        try {
            return readCase(text);
        } catch (CaseFileException e) {
            throw e.inFile(file);
        }
    }

    public static RefundCase readCase(String json) {
        return CaseJsonReader.read(parse(json), "", true);
    }

    public static String writeCase(RefundCase refundCase) {
        return print(CaseJsonWriter.write(refundCase, true));
    }

    public static void writeCase(RefundCase refundCase, Path file) throws IOException {
        AtomicFiles.writeString(file, writeCase(refundCase));
    }

    /** A JSON array of case objects, each a complete case file (used by {@code cases list --json}). */
    public static String writeCaseArray(List<RefundCase> cases) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        cases.forEach(c -> array.add(CaseJsonWriter.write(c, true)));
        return print(array);
    }

    /** Reads a backup file; the exception's message starts with the file's name. */
    public static List<RefundCase> readBackup(Path file) {
        String text = readText(file);
        try {
            return readBackup(text);
        } catch (CaseFileException e) {
            throw e.inFile(file);
        }
    }

    /** The cases of a backup; a case id that occurs twice is refused. */
    public static List<RefundCase> readBackup(String json) {
        return readCases(parse(json));
    }

    public static String writeBackup(List<RefundCase> cases) {
        return writeBackup(cases, Instant.now());
    }

    public static String writeBackup(List<RefundCase> cases, Instant exportedAt) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("format", BACKUP_FORMAT);
        json.put("exportedAt", CaseJsonWriter.time(exportedAt));
        ArrayNode array = json.putArray("cases");
        cases.forEach(c -> array.add(CaseJsonWriter.write(c, false)));
        return print(json);
    }

    public static void writeBackup(List<RefundCase> cases, Instant exportedAt, Path file) throws IOException {
        AtomicFiles.write(file, out -> BackupCasesJson.write(out, exportedAt, cases::forEach));
    }

    /** The same pretty printing as every file written here, for a streaming generator. */
    static DefaultPrettyPrinter prettyPrinter() {
        return PRINTER.createInstance();
    }

    static CaseFileException broken(JsonProcessingException e) {
        var where = e.getLocation();
        String reason = e.getOriginalMessage().lines().findFirst().orElse("").trim();
        String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
        return new CaseFileException(at + "broken JSON (" + reason + ")", e);
    }

    /** A backup already parsed into a tree (the demo cases are kept as one). */
    static List<RefundCase> readCases(JsonNode root) {
        JsonObjectReader json = JsonObjectReader.of(root, "", BACKUP_FIELDS);
        String format = json.requiredText("format");
        if (!BACKUP_FORMAT.equals(format)) {
            throw json.bad("format", JsonObjectReader.show(json.raw("format")) + " is not " + BACKUP_FORMAT);
        }
        json.time("exportedAt");
        if (!json.has("cases")) {
            throw json.bad("cases", "missing required field");
        }
        List<JsonNode> nodes = json.array("cases");
        List<RefundCase> cases = new ArrayList<>();
        Map<UUID, Integer> indexById = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = JsonObjectReader.element("cases", i);
            RefundCase rc = CaseJsonReader.read(nodes.get(i), path, false);
            Integer earlier = indexById.putIfAbsent(rc.id(), i);
            if (earlier != null) {
                throw new CaseFileException(path + ".id", "same id as " + JsonObjectReader.element("cases", earlier));
            }
            cases.add(rc);
        }
        return cases;
    }

    static JsonNode parse(String json) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new CaseFileException("(root)", "the file is empty");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw broken(e);
        }
    }

    private static String readText(Path file) {
        try {
            // a strict decoder: a GBK file must be refused, not silently read as replacement characters
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new CaseFileException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new CaseFileException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new CaseFileException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String print(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always prints", e);
        }
    }
}
