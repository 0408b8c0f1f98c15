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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"title, 200", "note, 10000"})
    void textsAtTheLimitAreKept(String field, int length) {
        String json = field.equals("title")
                ? CaseFilesTest.EXAMPLE.replace("\"话费未到账\"", "\"" + "话".repeat(length) + "\"")
                : CaseFilesTest.EXAMPLE.replace("\"催告\"", "\"" + "催".repeat(length) + "\"");

        assertThat(CaseFiles.readCase(json).title()).isNotBlank();
    }
}
