package org.refunddesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {
    @ParameterizedTest
    @CsvSource({
            // a commonly cited example code of the standard
            "91350100M000100Y43, true",
            "91350100m000100y43, true",   // written in lower case: normalised first
            "91350100M000100Y44, false",  // wrong check character
            "91350100M000100Y4, false",   // 17 characters
            "91350100I000100Y43, false",  // I is not in the code's character set
            "91110000802100433B, true"})
    void validatesLengthCharacterSetAndCheckCharacter(String code, boolean valid) {
        assertThat(CreditCode.isValid(code)).isEqualTo(valid);
    }
}
