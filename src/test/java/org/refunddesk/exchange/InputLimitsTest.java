package org.refunddesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, problem 3: times, amounts and texts at and past the edges are refused, naming the field. */
class InputLimitsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            far past              | "2026-11-20T10:00:00+08:00" | "-999999999-01-01T00:00:00+18:00" | purchase.paidAt:
            far future            | "2026-11-20T10:00:00+08:00" | "+999999999-12-31T23:59:59+08:00" | purchase.paidAt:
            before 2000           | "2026-11-20T10:00:00+08:00" | "1999-12-31T23:59:59+08:00"       | purchase.paidAt: "1999-12-31T23:59:59+08:00" is outside
            after 2100            | "2026-11-20T10:00:00+08:00" | "2101-01-01T00:00:00+08:00"       | purchase.paidAt: "2101-01-01T00:00:00+08:00" is outside
            minus zero            | "100.00"                    | "-0"                              | purchase.amount: "-0" is not an amount
            plus sign             | "100.00"                    | "+5"                              | purchase.amount: "+5" is not an amount
            zero                  | "100.00"                    | "0.00"                            | purchase.amount: "0.00" is not between
            above ten million     | "100.00"                    | "10000000.01"                     | purchase.amount: "10000000.01" is not between
            NUL in a number       | "100.00"                    | "10\\u00000"                      | purchase.amount:
            NUL in a title        | "话费未到账"                  | "话费\\u0000未到账"                  | title: contains a control character
            line break in a title | "话费未到账"                  | "话费\\n未到账"                      | title: contains a control character
            """)
    void refusedNamingTheField(String name, String find, String replace, String expected) {
        String json = CaseFilesTest.EXAMPLE.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace));
        assertThat(json).isNotEqualTo(CaseFilesTest.EXAMPLE);

        assertThatThrownBy(() -> CaseFiles.readCase(json)).isInstanceOf(CaseFileException.class)
                .hasMessageStartingWith(expected).message().doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"title, 201, title: longer than 200", "note, 10001, events[1].note: longer than 10000"})
    void tooLongTextsAreRefused(String field, int length, String expected) {
        String json = field.equals("title")
                ? CaseFilesTest.EXAMPLE.replace("\"话费未到账\"", "\"" + "话".repeat(length) + "\"")
                : CaseFilesTest.EXAMPLE.replace("\"催告\"", "\"" + "催".repeat(length) + "\"");

        assertThatThrownBy(() -> CaseFiles.readCase(json)).hasMessageStartingWith(expected);
    }

    /** The issue found "10 MB in any text field": each text value of a case file in turn gets a megabyte, refused naming its JSON path. */
    @org.junit.jupiter.api.Test
    void aMegabyteInAnyTextFieldIsRefusedNamingIt() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode example = json.readTree(CaseFilesTest.EXAMPLE);
        java.util.List<String> paths = new java.util.ArrayList<>();
        textPaths(example, "", paths);
        paths.remove("format");
        assertThat(paths).contains("title", "consumer.name", "platform.url", "purchase.orderNo", "events[1].note", "tags[0]");
        String megabyte = "长".repeat(1024 * 1024 / 3); // ten times the longest limit
        java.util.Map<String, String> notRefused = new java.util.TreeMap<>();
        for (String path : paths) {
            com.fasterxml.jackson.databind.JsonNode changed = example.deepCopy();
            set(changed, path, megabyte);
            String file = json.writeValueAsString(changed);
            try {
                CaseFiles.readCase(file);
                notRefused.put(path, "accepted");
            } catch (CaseFileException e) {
                String said = String.valueOf(e.getMessage());
                if (!said.startsWith(path + ":") || said.contains("\n") || said.length() >= 400) {
                    notRefused.put(path, said.length() > 200 ? said.substring(0, 200) + "…" : said);
                }
            }
        }
        assertThat(notRefused).as("fields that took a megabyte or did not name themselves in one short line").isEmpty();
    }

    private static void textPaths(com.fasterxml.jackson.databind.JsonNode node, String at, java.util.List<String> out) {
        if (node.isTextual()) {
            out.add(at);
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> textPaths(node.get(name), at.isEmpty() ? name : at + "." + name, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                textPaths(node.get(i), at + "[" + i + "]", out);
            }
        }
    }

    private static void set(com.fasterxml.jackson.databind.JsonNode root, String path, String value) {
        java.util.regex.Matcher step = java.util.regex.Pattern.compile("([^.\\[]+)|\\[(\\d+)]").matcher(path);
        java.util.List<Object> steps = new java.util.ArrayList<>();
        while (step.find()) {
            steps.add(step.group(1) != null ? step.group(1) : (Object) Integer.valueOf(step.group(2)));
        }
        com.fasterxml.jackson.databind.JsonNode parent = root;
        for (Object s : steps.subList(0, steps.size() - 1)) {
            parent = s instanceof Integer i ? parent.get(i) : parent.get((String) s);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(i, value);
        } else {
            ((com.fasterxml.jackson.databind.node.ObjectNode) parent).put((String) last, value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"title, 200", "note, 10000"})
    void textsAtTheLimitAreKept(String field, int length) {
        String json = field.equals("title")
                ? CaseFilesTest.EXAMPLE.replace("\"话费未到账\"", "\"" + "话".repeat(length) + "\"")
                : CaseFilesTest.EXAMPLE.replace("\"催告\"", "\"" + "催".repeat(length) + "\"");

        assertThat(CaseFiles.readCase(json).title()).isNotBlank();
    }
}
