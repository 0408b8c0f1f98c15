package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phoneKeepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
        assertThat(Masking.phone(" 1381234 ")).isEqualTo("****1234");
        assertThat(Masking.phone("")).isNull();
    }

    @Test
    void numbersKeepTheirLastFourOnly() {
        assertThat(Masking.tail("2026030222001")).isEqualTo("****2001");
        assertThat(Masking.tail("123")).isEqualTo("****");
    }

    @Test
    void freeTextHidesPhonesIdNumbersCardsAndOrderNumbers() {
        String text = "王小明 13800138000 身份证 11010519491231002X 卡 6222021234567890123 订单KM20260302001 金额 100 元";

        String masked = Masking.text(text);

        assertThat(masked).doesNotContain("13800138000", "11010519491231002X", "6222021234567890123", "KM20260302001")
                .contains("138****8000", "****002X", "****0123", "****2001", "王小明", "100 元");
    }

    @Test
    void textWithoutLongNumbersIsUnchanged() {
        assertThat(Masking.text("话费 50 元没到账（2026-03-02）")).isEqualTo("话费 50 元没到账（2026-03-02）");
        assertThat(Masking.text(null)).isNull();
    }

    @Test
    void maskedValuesAreRecognised() {
        assertThat(Masking.isMasked(Masking.phone("13800138000"))).isTrue();
        assertThat(Masking.isMasked(Masking.tail("KM20260302001"))).isTrue();
        assertThat(Masking.isMasked("KM20260302001")).isFalse();
    }
}
