package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.ui.testing.UiCases;

class CaseSearchTest {
    private final RefundCase refundCase =
            UiCases.of("话费没到账", "星辰卡盟", "KM2026001", "王小明", "13800138000", "100.00", "加急", "老人");

    @ParameterizedTest(name = "\"{0}\" matches: {1}")
    @CsvSource({
            "'', true",
            "话费, true",
            "星辰, true",
            "km2026, true",
            "王小明, true",
            "1380013, true",
            "加急, true",
            "'  话费   星辰 ', true",
            "话费 月亮, false",
            "月亮卡盟, false",
            "13900, false",
    })
    void matchesWhenEveryWordAppearsInASearchedField(String query, boolean expected) {
        assertThat(CaseSearch.matching(query).test(refundCase)).isEqualTo(expected);
    }

    @Test
    void pinyinInitialsOfTitlePlatformAndConsumerFindTheCase() {
        RefundCase c = UiCases.of("点卡没到账", "蓝海卡盟", "KM1", "李华", "13900000000", "50.00");
        assertThat(CaseSearch.matching("lhkm").test(c)).isTrue();
        assertThat(CaseSearch.matching("LHKM").test(c)).isTrue();
        assertThat(CaseSearch.matching("dkmdz").test(c)).isTrue();
        assertThat(CaseSearch.matching("lh").test(c)).isTrue();
        assertThat(CaseSearch.matching("xckm").test(c)).isFalse();
    }

    @Test
    void wordsDoNotMatchAcrossTwoFields() {
        RefundCase c = UiCases.of("abc", "def", null, null, null, "1.00");
        assertThat(CaseSearch.matching("cd").test(c)).isFalse();
        assertThat(CaseSearch.matching("bc").test(c)).isTrue();
    }

    @Test
    void fieldsNotListedAreNotSearched() {
        // the target account / payment channel are not search fields
        RefundCase c = UiCases.of("t", "p", null, null, null, "1.00");
        assertThat(CaseSearch.matching("ALIPAY").test(c)).isFalse();
    }
}
