package org.refunddesk.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.exchange.statement.StatementFixtures.ExpectedRefund;
import org.refunddesk.exchange.statement.StatementFixtures.Layout;
import org.refunddesk.exchange.statement.StatementFixtures.Payment;
import org.refunddesk.exchange.statement.StatementRow.Direction;

class StatementReaderTest {
    private final StatementReader reader = new StatementReader();

    private static StatementFormat formatOf(Layout layout) {
        return layout.name().startsWith("ALIPAY_APP") ? StatementFormat.ALIPAY_APP
                : layout.name().startsWith("ALIPAY_WEB") ? StatementFormat.ALIPAY_WEB
                : layout.xlsx() ? StatementFormat.WECHAT_XLSX : StatementFormat.WECHAT_CSV;
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyLayoutIsRecognisedByItsHeaderAndEveryPaymentReadExactly(Layout layout) {
        Statement statement = reader.read(layout.bytes());

        assertThat(statement.format()).isEqualTo(formatOf(layout));
        assertThat(statement.exportedAt()).isEqualTo(StatementFixtures.instant(StatementFixtures.EXPORTED, false));
        List<StatementRow> payments = statement.rows().stream().filter(r -> r.direction() == Direction.OUT).toList();
        assertThat(payments).hasSize(StatementFixtures.PAYMENTS.size());
        for (int i = 0; i < payments.size(); i++) {
            Payment expected = StatementFixtures.PAYMENTS.get(i);
            StatementRow row = payments.get(i);
            assertThat(row.time()).isEqualTo(StatementFixtures.instant(expected.time(), layout.resaved()));
            assertThat(row.amount()).isEqualTo(new BigDecimal(expected.amount()).setScale(2));
            assertThat(row.tradeNo()).isEqualTo(expected.tradeNo());
            assertThat(row.merchantOrderNo()).isEqualTo(expected.merchantNo());
            assertThat(row.counterparty()).isEqualTo(expected.counterparty());
            assertThat(row.description()).isEqualTo(expected.description());
        }
    }

    @Test
    void theWeChatXlsxHeaderIsOnRow17WithThreeNotesAnd18WithFour() {
        StatementRow three = reader.read(Layout.WECHAT_XLSX_3_NOTES.bytes()).rows().get(0);
        StatementRow four = reader.read(Layout.WECHAT_XLSX_4_NOTES.bytes()).rows().get(0);
        assertThat(three.place()).isEqualTo(new StatementException.Place(18, true));
        assertThat(four.place()).isEqualTo(new StatementException.Place(19, true));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void candidatesAreTheVirtualGoodsPurchasesWithTheirRefunds(Layout layout) {
        Statement statement = reader.read(layout.bytes());
        List<StatementCandidate> all = new CandidateFinder().find(statement, List.of());
        List<StatementCandidate> likely = all.stream().filter(StatementCandidate::likely).toList();

        assertThat(likely).extracting(c -> c.payment().tradeNo())
                .containsExactlyElementsOf(StatementFixtures.DISPUTES.stream().map(Payment::tradeNo).toList());
        assertThat(all).hasSize(StatementFixtures.PAYMENTS.size()); // the meal is listed, not ticked
        for (StatementCandidate c : likely) {
            Payment p = StatementFixtures.PAYMENTS.stream().filter(x -> x.tradeNo().equals(c.payment().tradeNo()))
                    .findFirst().orElseThrow();
            List<ExpectedRefund> expected = StatementFixtures.expectedRefunds(layout, p);
            assertThat(c.refunds()).extracting(r -> new ExpectedRefund(r.amount(), r.at(), r.timeListed()))
                    .containsExactlyElementsOf(expected);
            assertThat(c.confidence()).isBetween(CandidateFinder.LIKELY, 100);
        }
        assertThat(statement.format().channel()).isEqualTo(layout.alipay() ? PaymentChannel.ALIPAY : PaymentChannel.WECHAT);
    }

    @Test
    void aKnownPlatformMakesAnOtherwisePlainPaymentACandidate() {
        Statement statement = reader.read(Layout.ALIPAY_APP.bytes());
        StatementCandidate meal = new CandidateFinder().find(statement, List.of("云膳过桥米线官网")).stream()
                .filter(c -> c.payment().tradeNo().endsWith("0004")).findFirst().orElseThrow();
        assertThat(meal.likely()).isTrue();
        assertThat(meal.reasons()).containsExactly("云膳过桥米线");
    }

    @Test
    void aFileInNeitherFormatSaysSo() {
        assertThatThrownBy(() -> reader.read("name,amount\nfoo,12.00\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((StatementException) e).key()).isEqualTo("statements.error.noHeader"))
                .hasMessageContaining("Neither an Alipay nor a WeChat Pay bill");
    }

    @Test
    void aUtf16FileIsAWrongEncoding() {
        String text = new String(Layout.WECHAT_CSV.bytes(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(text.getBytes(StandardCharsets.UTF_16LE)))
                .hasMessageContaining("UTF-16");
    }

    @Test
    void bytesThatAreNeitherGbkNorUtf8NameTheirLine() {
        byte[] good = Layout.ALIPAY_APP.bytes();
        String[] lines = new String(good, StatementFixtures.GBK).split("\n", -1); // line 27: the second data row
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            b.append(lines[i]).append('\n');
        }
        byte[] head = b.toString().getBytes(StatementFixtures.GBK);
        byte[] bad = new byte[head.length + 2];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0x81; // a GB18030 lead byte followed by one that cannot follow it
        bad[head.length + 1] = (byte) 0x7F;
        assertThatThrownBy(() -> reader.read(bad)).hasMessageStartingWith("line 27:");
    }
}
