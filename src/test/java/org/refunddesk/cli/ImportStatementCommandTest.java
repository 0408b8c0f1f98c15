package org.refunddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.statement.StatementFixtures;
import org.refunddesk.exchange.statement.StatementFixtures.ExpectedRefund;
import org.refunddesk.exchange.statement.StatementFixtures.Layout;
import org.refunddesk.exchange.statement.StatementFixtures.Payment;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;

/** import-statement: every layout end to end into the store, re-imports, --rows, --dry-run --json, bad bills. */
class ImportStatementCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-02T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        CliContext context = new CliContext(dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, Messages.forTag("en"));
        return new Cli(List.of(new ImportStatementCommand())).run(args, context);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(userFiles.resolve(name), bytes);
    }

    private List<RefundCase> stored() {
        try (Database db = Database.open(dataDir, CLOCK)) {
            return db.cases().list();
        }
    }

    private List<EvidenceItem> evidence(RefundCase c) {
        try (Database db = Database.open(dataDir, CLOCK)) {
            return new EvidenceVault(db, CLOCK).list(c.id());
        }
    }

    private static RefundCase caseOf(List<RefundCase> cases, Payment p) {
        return cases.stream().filter(c -> p.tradeNo().equals(c.purchase().paymentRef())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyDisputedPaymentBecomesACaseWithItsRefundsAndTheBillAsEvidence(Layout layout) throws IOException {
        Path bill = write(layout.fileName(), layout.bytes());

        assertThat(run("import-statement", bill.toString())).as(err()).isZero();

        List<RefundCase> cases = stored();
        assertThat(cases).hasSize(StatementFixtures.DISPUTES.size());
        PaymentChannel channel = layout.alipay() ? PaymentChannel.ALIPAY : PaymentChannel.WECHAT;
        for (Payment p : StatementFixtures.DISPUTES) {
            RefundCase c = caseOf(cases, p);
            Purchase purchase = c.purchase();
            assertThat(purchase.paidAt()).isEqualTo(StatementFixtures.instant(p.time(), layout.resaved()));
            assertThat(purchase.amount()).isEqualTo(new BigDecimal(p.amount()).setScale(2));
            assertThat(purchase.payment()).isEqualTo(channel);
            assertThat(purchase.orderNo()).isEqualTo(p.merchantNo());
            assertThat(c.platform().name()).isEqualTo(p.counterparty());
            List<ExpectedRefund> refunds = c.events().stream().filter(e -> e.type() == EventType.REFUND_RECEIVED)
                    .map(e -> new ExpectedRefund(e.amount(), e.at(), !e.note().contains("no refund time"))).toList();
            assertThat(refunds).containsExactlyInAnyOrderElementsOf(StatementFixtures.expectedRefunds(layout, p));
            assertThat(c.events()).allMatch(e -> e.type() == EventType.REFUND_RECEIVED);

            List<EvidenceItem> files = evidence(c);
            assertThat(files).hasSize(1);
            EvidenceItem statement = files.get(0);
            assertThat(statement.category()).isEqualTo(EvidenceCategory.PAYMENT_STATEMENT);
            assertThat(statement.originalName()).isEqualTo(layout.fileName());
            assertThat(statement.facts()).contains(EvidenceFact.AMOUNT, EvidenceFact.TIME, EvidenceFact.TRANSACTION_NUMBER);
            assertThat(statement.note()).contains(p.tradeNo()).containsPattern("(line|row) \\d+: payment " + p.amount());
        }
        // the partial refunds stay partial: 30 of 100, and 50 + 20 of 200
        RefundCase first = caseOf(cases, StatementFixtures.PAYMENTS.get(0));
        assertThat(first.events()).extracting(CaseEvent::amount).containsExactly(new BigDecimal("30.00"));
        assertThat(out()).contains("4 new cases, 0 existing cases updated");
    }

    @Test
    void importingTheSameBillAgainDuplicatesNothing() throws IOException {
        Path bill = write("alipay.csv", Layout.ALIPAY_APP.bytes());
        assertThat(run("import-statement", bill.toString())).isZero();
        List<RefundCase> before = stored();

        assertThat(run("import-statement", bill.toString())).as(err()).isZero();

        List<RefundCase> after = stored();
        assertThat(after).extracting(RefundCase::id).containsExactlyInAnyOrderElementsOf(before.stream().map(RefundCase::id).toList());
        for (RefundCase c : after) {
            RefundCase was = before.stream().filter(b -> b.id().equals(c.id())).findFirst().orElseThrow();
            assertThat(c.events()).hasSameSizeAs(was.events());
            assertThat(evidence(c)).hasSize(1);
        }
        assertThat(out()).contains("0 new cases, 4 existing cases updated");
    }

    @Test
    void aCaseWithTheSameTradeNumberIsUpdatedWithTheBillsFacts() throws IOException {
        Payment p = StatementFixtures.PAYMENTS.get(0);
        RefundCase typed;
        try (Database db = Database.open(dataDir, CLOCK)) {
            typed = db.cases().create(new RefundCase(null, "my phone credit", null, null, List.of(),
                    new Platform("星辰卡盟官网", null, null, null, null),
                    new Purchase(null, null, null, new BigDecimal("10.00"), Instant.parse("2023-02-01T00:00:00Z"),
                            null, p.tradeNo(), "13800000000", null), null, List.of(), null, List.of(), null, null, null));
        }
        Path bill = write("wechat.csv", Layout.WECHAT_CSV.bytes());

        assertThat(run("import-statement", bill.toString())).as(err()).isZero();

        List<RefundCase> cases = stored();
        assertThat(cases).hasSize(4);
        RefundCase updated = caseOf(cases, p);
        assertThat(updated.id()).isEqualTo(typed.id());
        assertThat(updated.title()).isEqualTo("my phone credit");
        assertThat(updated.platform().name()).isEqualTo("星辰卡盟官网");
        assertThat(updated.purchase().amount()).isEqualTo(new BigDecimal("100.00"));
        assertThat(updated.purchase().paidAt()).isEqualTo(StatementFixtures.instant(p.time(), false));
        assertThat(updated.purchase().orderNo()).isEqualTo(p.merchantNo());
        assertThat(updated.purchase().payment()).isEqualTo(PaymentChannel.WECHAT);
        assertThat(updated.purchase().targetAccount()).isEqualTo("13800000000");
        assertThat(updated.events()).extracting(CaseEvent::amount).containsExactly(new BigDecimal("30.00"));
        assertThat(evidence(updated)).hasSize(1);
    }

    @Test
    void rowsImportsExactlyTheNamedPayments() throws IOException {
        Path bill = write("alipay.csv", Layout.ALIPAY_APP.bytes());
        assertThat(run("import-statement", bill.toString(), "--dry-run", "--json")).isZero();
        JsonNode candidates = new ObjectMapper().readTree(out()).get("candidates");
        int mealRow = 0;
        assertThat(candidates).hasSize(4);
        // the meal is not a candidate, but a payment: the user may still name its line
        int firstRow = candidates.get(0).get("row").asInt();
        for (int line = firstRow; line < firstRow + 20; line++) {
            if (new String(Layout.ALIPAY_APP.bytes(), StatementFixtures.GBK).split("\n")[line - 1].contains("云膳过桥米线")) {
                mealRow = line;
                break;
            }
        }

        assertThat(run("import-statement", bill.toString(), "--rows", firstRow + "," + mealRow)).as(err()).isZero();

        assertThat(stored()).extracting(c -> c.purchase().paymentRef()).containsExactlyInAnyOrder(
                StatementFixtures.PAYMENTS.get(0).tradeNo(), StatementFixtures.PAYMENTS.get(3).tradeNo());
    }

    @Test
    void dryRunJsonListsTheCandidatesAndCreatesNothing() throws IOException {
        Path bill = write("alipay.csv", Layout.ALIPAY_APP.bytes());

        assertThat(run("import-statement", bill.toString(), "--dry-run", "--json")).isZero();

        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.get("format").asText()).isEqualTo("ALIPAY_APP");
        JsonNode first = root.get("candidates").get(0);
        assertThat(first.get("row").asInt()).isEqualTo(26);
        assertThat(first.get("time").asText()).isEqualTo("2023-02-10T09:15:42+08:00");
        assertThat(first.get("counterparty").asText()).isEqualTo("星辰卡盟");
        assertThat(first.get("description").asText()).isEqualTo("话费充值100元");
        assertThat(first.get("amount").asText()).isEqualTo("100.00");
        assertThat(first.get("refunds").get(0).get("amount").asText()).isEqualTo("30.00");
        assertThat(first.get("refunds").get(0).get("row").asInt()).isEqualTo(27);
        assertThat(first.get("confidence").asInt()).isBetween(30, 100);
        assertThat(stored()).isEmpty();
    }

    @Test
    void aLineThatIsNoPaymentIsBadInput() throws IOException {
        Path bill = write("alipay.csv", Layout.ALIPAY_APP.bytes());
        assertThat(run("import-statement", bill.toString(), "--rows", "26,3")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err().strip()).isEqualTo("--rows: line 3 is not a payment in the bill.");
        assertThat(stored()).isEmpty();
    }

    // ---- bad bills: one line naming the line or row, exit 2, nothing created ----

    private void assertBadInput(Path bill, String expected) {
        assertThat(run("import-statement", bill.toString())).as(out()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err().strip()).contains(expected).doesNotContain("\n");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFileInNeitherFormat() throws IOException {
        assertBadInput(write("cases.csv", "title,amount\nphone credit,100\n".getBytes(StandardCharsets.UTF_8)),
                "cases.csv: Neither an Alipay nor a WeChat Pay bill");
    }

    @Test
    void aWrongEncoding() throws IOException {
        String text = new String(Layout.WECHAT_CSV_BOM.bytes(), StandardCharsets.UTF_8);
        assertBadInput(write("wechat.csv", text.getBytes(StandardCharsets.UTF_16)), "UTF-16");
    }

    @Test
    void aBillCutOffInARow() throws IOException {
        byte[] whole = Layout.ALIPAY_APP.bytes();
        String text = new String(whole, StatementFixtures.GBK);
        int cut = text.indexOf("云膳过桥米线");
        assertBadInput(write("alipay.csv", text.substring(0, cut + 3).getBytes(StatementFixtures.GBK)),
                "line 31: only 3 columns where the header has 12; the file was cut off");
    }

    @Test
    void aBillCutOffBetweenRowsFallsShortOfItsCount() throws IOException {
        String text = new String(Layout.WECHAT_CSV.bytes(), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("2023-02-13 12:05:33"));
        assertBadInput(write("wechat.csv", cut.getBytes(StandardCharsets.UTF_8)),
                "No more records after line 21: 4 read, the bill says it has 7");
    }

    @Test
    void aBillWithAnOpenQuoteWasCutOff() throws IOException {
        String text = new String(Layout.WECHAT_CSV_RESAVED.bytes(), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("云膳过桥米线") + 2);
        assertBadInput(write("wechat.csv", cut.getBytes(StandardCharsets.UTF_8)), "line 22: a quote is never closed");
    }

    @Test
    void aRowWithABadAmountNamesItsLine() throws IOException {
        String text = new String(Layout.ALIPAY_WEB.bytes(), StatementFixtures.GBK).replace(",28.16,", ",28.1.6,");
        assertBadInput(write("alipay-web.csv", text.getBytes(StatementFixtures.GBK)), "line 9: amount \"28.1.6\" is not an amount");
    }

    @Test
    void aRowWithABadTimeNamesItsLine() throws IOException {
        String text = new String(Layout.WECHAT_CSV.bytes(), StandardCharsets.UTF_8).replace("2023-02-12 13:45:10", "2023-02-30 13:45");
        assertBadInput(write("wechat.csv", text.getBytes(StandardCharsets.UTF_8)), "line 21: time \"2023-02-30 13:45\" is not a time");
    }

    @Test
    void aXlsxRowWithABadAmountNamesItsRow() throws IOException {
        byte[] xlsx = StatementFixtures.wechatXlsx(List.of(new Payment("2023-02-10 09:15:42", "星辰卡盟", "话费", "-5.00",
                "4200000001", "M1", List.of())), 4, true);
        assertBadInput(write("wechat.xlsx", xlsx), "row 19: amount \"¥-5.00\" is not an amount");
    }

    @Test
    void aTruncatedXlsxIsUnreadable() throws IOException {
        byte[] whole = Layout.WECHAT_XLSX_3_NOTES.bytes();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertBadInput(write("wechat.xlsx", half), "Cannot read this Excel file");
    }

    @Test
    void aTradeNumberASpreadsheetTurnedIntoANumberIsRefused() throws IOException {
        String text = new String(Layout.WECHAT_CSV_RESAVED.bytes(), StandardCharsets.UTF_8)
                .replace("\"2023021022001111110001\"", "\"2.02302E+21\"");
        assertBadInput(write("wechat.csv", text.getBytes(StandardCharsets.UTF_8)), "line 18: the number \"2.02302E+21\"");
    }
}
