package org.interpreterline.platform.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneMaskTest {

    @Test
    void aNumberShowsOnlyItsLastFourDigits() {
        assertThat(PhoneMask.mask("+14125550101")).isEqualTo("***0101");
    }

    @Test
    void aNumberReadsTheSameHoweverItIsWritten() {
        assertThat(PhoneMask.mask("(412) 555-0101")).isEqualTo("***0101");
        assertThat(PhoneMask.mask(" +1 412 555 0101 ")).isEqualTo("***0101");
    }

    @Test
    void aShortNumberIsHiddenWhole() {
        // a short code or extension is all "last four": showing it would show the number
        assertThat(PhoneMask.mask("911")).isEqualTo("***");
        assertThat(PhoneMask.mask("5550")).isEqualTo("***");
    }

    @Test
    void textWithoutDigitsShowsNothingOfItself() {
        assertThat(PhoneMask.mask("client:ana")).isEqualTo("***");
    }

    @Test
    void noNumberSaysSo() {
        assertThat(PhoneMask.mask(null)).isEqualTo("(none)");
        assertThat(PhoneMask.mask("  ")).isEqualTo("(none)");
    }

    @Test
    void theLastFourDigitsReadTheSameFromTheNumberOrItsMask_andAreSaidOneByOne() {
        assertThat(PhoneMask.lastFour("+14125550199")).isEqualTo("0199");
        assertThat(PhoneMask.lastFour(PhoneMask.mask("+14125550199"))).isEqualTo("0199");
        assertThat(PhoneMask.lastFour(null)).isEmpty();
        assertThat(PhoneMask.spokenLastFour("***0199")).isEqualTo("0 1 9 9");
    }
}
