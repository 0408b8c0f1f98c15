package org.refunddesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;

class CaseFilesTest {
    /** The example of issue 2, filled in. */
    static final String EXAMPLE = """
            { "format": "refunddesk.case/1", "title": "话费未到账",
              "consumer": {"name": "王小明", "phone": "13800138000"},
              "assignee": "张志愿", "tags": ["话费"],
              "platform": {"name": "星辰卡盟", "url": "https://xc.example", "model": "GUARANTEED", "status": "OPERATING"},
              "purchase": {"orderNo": "KM001", "product": "PHONE_CREDIT", "delivery": "DIRECT_TOPUP", "amount": "100.00",
                           "paidAt": "2026-11-20T10:00:00+08:00", "payment": "ALIPAY", "paymentRef": "2026112022001",
                           "targetAccount": "13800138000"},
              "problem": {"kind": "NOT_DELIVERED", "discoveredAt": "2026-11-20T10:40:00+08:00", "cardKeyExtracted": false,
                          "used": false, "activated": false, "reordered": false, "refundWindowHours": 24},
              "events": [{"type": "REFUND_APPLIED", "at": "2026-11-20T10:45:00+08:00", "channel": "PLATFORM", "ref": "TK1"},
                         {"type": "DEMAND_SENT", "at": "2026-11-21T09:00:00", "channel": "CUSTOMER_SERVICE",
                          "deadlineAt": "2026-11-28T09:00:00+08:00", "note": "催告"}] }
            """;

    @TempDir
    Path dir;

    @Test
    void aFullCaseSurvivesWritingAndReading() {
        RefundCase original = SampleCases.full("全字段");

        assertThat(CaseFiles.readCase(CaseFiles.writeCase(original))).isEqualTo(original);
    }

    @Test
    void feeDisclosedSurvivesWritingAndReadingAndIsNullWhenAbsent() {
        RefundCase base = SampleCases.full("手续费");
        for (Boolean disclosed : new Boolean[] {true, false, null}) {
            RefundCase c = new RefundCase(base.id(), base.title(), base.consumer(), base.assignee(), base.tags(),
                    base.platform(), base.purchase(), base.problem().withFeeDisclosed(disclosed), base.events(),
                    base.status(), base.redFlags(), base.assessment(), base.createdAt(), base.updatedAt());
            String file = CaseFiles.writeCase(c);
            assertThat(file.contains("feeDisclosed")).isEqualTo(disclosed != null);
            assertThat(CaseFiles.readCase(file).problem().feeDisclosed()).isEqualTo(disclosed);
        }
    }

    @Test
    void aMinimalCaseSurvivesWritingAndReading() {
        RefundCase original = SampleCases.minimal("最少字段");

        assertThat(CaseFiles.readCase(CaseFiles.writeCase(original))).isEqualTo(original);
    }

    @Test
    void theIssueExampleReadsWithShanghaiTimeForATimeWithoutOffset() {
        RefundCase rc = CaseFiles.readCase(EXAMPLE);

        assertThat(rc.title()).isEqualTo("话费未到账");
        assertThat(rc.status()).isEqualTo(CaseStatus.NEW);
        assertThat(rc.purchase().amount()).isEqualByComparingTo("100");
        assertThat(rc.purchase().paidAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
        assertThat(rc.events().get(1).at()).isEqualTo(Instant.parse("2026-11-21T01:00:00Z"));
        assertThat(rc.events().get(1).deadlineAt()).isEqualTo(Instant.parse("2026-11-28T01:00:00Z"));
    }

    @Test
    void timesAreWrittenAtChinaTimeAndAmountsAsStrings() {
        String json = CaseFiles.writeCase(SampleCases.full("格式"));

        assertThat(json).contains("\"paidAt\": \"2026-03-02T10:00:00+08:00\"").contains("\"amount\": \"100.00\"")
                .contains("\"amount\": \"50.50\"").contains("\"format\": \"refunddesk.case/1\"");
    }

    @Test
    void amountsMayAlsoBePlainJsonNumbers() {
        RefundCase rc = CaseFiles.readCase(EXAMPLE.replace("\"amount\": \"100.00\"", "\"amount\": 99.5"));

        assertThat(rc.purchase().amount()).isEqualTo(new java.math.BigDecimal("99.50"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong enum          | "type": "REFUND_APPLIED"           | "type": "FOO"                   | events[0].type: "FOO" is not one of DELIVERED, REFUND_APPLIED
            bad amount          | "amount": "100.00"                 | "amount": "12,5"                | purchase.amount: "12,5" is not an amount
            three decimals      | "amount": "100.00"                 | "amount": 1.005                 | purchase.amount: 1.005 is not an amount
            negative amount     | "amount": "100.00"                 | "amount": "-3"                  | purchase.amount: "-3" is not an amount
            bad time            | "paidAt": "2026-11-20T10:00:00+08:00" | "paidAt": "yesterday"        | purchase.paidAt: "yesterday" is not a time
            unknown field       | "orderNo": "KM001"                 | "colour": "red", "orderNo": "KM001" | purchase.colour: unknown field
            unknown top field   | "assignee": "张志愿"                | "asignee": "张志愿"              | asignee: unknown field
            missing required    | "kind": "NOT_DELIVERED",           | ''                              | problem.kind: missing required field
            empty title         | "title": "话费未到账"                | "title": " "                    | title: must not be empty
            wrong type          | "used": false                      | "used": "no"                    | problem.used: expected true or false, got "no"
            wrong format        | "refunddesk.case/1"                | "refunddesk.case/9"             | format: "refunddesk.case/9" is not refunddesk.case/1
            bad id              | "title": "话费未到账"                | "id": "123", "title": "x"        | id: "123" is not an id
            tag not a string    | "tags": ["话费"]                    | "tags": ["话费", 3]              | tags[1]: expected a string, got 3
            window zero         | "refundWindowHours": 24            | "refundWindowHours": 0          | problem.refundWindowHours: 0 is not a whole number of at least 1
            broken JSON         | "tags": ["话费"],                   | "tags": ["话费"]                 | line 4, column 3: broken JSON
            duplicate key       | "tags": ["话费"],                   | "tags": [], "tags": [],          | line 3, column 40: broken JSON (Duplicate field 'tags')
            """)
    void badInputNamesWhereInOneLine(String name, String find, String replace, String expected) {
        String json = EXAMPLE.replace(find, replace);
        assertThat(json).as("the test must change the example").isNotEqualTo(EXAMPLE);

        assertThatThrownBy(() -> CaseFiles.readCase(json)).isInstanceOf(CaseFileException.class)
                .hasMessageStartingWith(expected).message().doesNotContain("\n");
    }

    @Test
    void anEventVoidingAnUnknownEventIsRefused() {
        String json = EXAMPLE.replace("\"ref\": \"TK1\"}", "\"ref\": \"TK1\"}, {\"type\": \"EVENT_VOIDED\", "
                + "\"at\": \"2026-11-22T09:00:00+08:00\", \"voids\": \"3f2b6a8e-0c1d-4e5f-8a9b-0c1d2e3f4a5b\"}");

        assertThatThrownBy(() -> CaseFiles.readCase(json)).hasMessageStartingWith("events[1].voids: ");
    }

    @Test
    void aBackupHoldsManyCasesAndSurvivesWritingAndReading() {
        List<RefundCase> cases = List.of(SampleCases.full("一"), SampleCases.minimal("二"));

        String json = CaseFiles.writeBackup(cases, Instant.parse("2026-03-05T00:00:00Z"));

        assertThat(json).contains("\"format\": \"refunddesk.backup/1\"")
                .contains("\"exportedAt\": \"2026-03-05T08:00:00+08:00\"").doesNotContain(CaseFiles.CASE_FORMAT);
        assertThat(CaseFiles.readBackup(json)).isEqualTo(cases);
    }

    @Test
    void aBackupWithTheSameCaseTwiceIsRefused() {
        RefundCase rc = SampleCases.full("重复");
        String json = CaseFiles.writeBackup(List.of(rc, rc), Instant.now());

        assertThatThrownBy(() -> CaseFiles.readBackup(json)).hasMessage("cases[1].id: same id as cases[0]");
    }

    @Test
    void errorsInsideABackupNameTheCase() {
        String json = CaseFiles.writeBackup(List.of(SampleCases.minimal("一"), SampleCases.minimal("二")), Instant.now())
                .replaceFirst("\"CARD_KEY\"", "\"CARDKEY\"");

        assertThatThrownBy(() -> CaseFiles.readBackup(json))
                .hasMessageStartingWith("cases[0].purchase.product: \"CARDKEY\" is not one of");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsName() throws Exception {
        Path gbk = dir.resolve("gbk.json");
        Files.write(gbk, EXAMPLE.getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> CaseFiles.readCase(gbk)).isInstanceOf(CaseFileException.class)
                .hasMessage(gbk + ": not UTF-8 text");
    }

    @Test
    void writingToAFileLeavesNoTemporaryFileBehind() throws Exception {
        Path out = dir.resolve("case.json");
        RefundCase rc = SampleCases.full("写文件");

        CaseFiles.writeCase(rc, out);

        assertThat(CaseFiles.readCase(out)).isEqualTo(rc);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void theCaseFileExamplesOfTheDocumentationRead() throws Exception {
        String doc = Files.readString(Path.of("docs", "case-file.md"));
        List<String> examples = java.util.regex.Pattern.compile("```json\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(doc).results().map(m -> m.group(1)).filter(j -> j.contains(CaseFiles.CASE_FORMAT + "\","))
                .toList();

        assertThat(examples).hasSize(2);
        assertThat(examples).allSatisfy(json -> assertThat(CaseFiles.readCase(json).title()).isNotBlank());
    }
}
