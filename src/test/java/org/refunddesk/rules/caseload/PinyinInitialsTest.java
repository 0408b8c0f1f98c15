package org.refunddesk.rules.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTest {
    @Test
    void chineseCharactersBecomeTheirPinyinInitials() {
        assertThat(PinyinInitials.of("蓝海卡盟")).isEqualTo("lhkm");
        assertThat(PinyinInitials.of("王小明")).isEqualTo("wxm");
    }

    @Test
    void aSyllableStartingWithAToneMarkedVowelGivesThePlainVowel() {
        assertThat(PinyinInitials.of("爱")).isEqualTo("a");
        assertThat(PinyinInitials.of("欧")).isEqualTo("o");
    }

    @Test
    void otherCharactersStayAndTextWithoutChineseHasNoInitials() {
        assertThat(PinyinInitials.of("话费100元")).isEqualTo("hf100y");
        assertThat(PinyinInitials.of("KM2026")).isNull();
        assertThat(PinyinInitials.of(null)).isNull();
    }
}
