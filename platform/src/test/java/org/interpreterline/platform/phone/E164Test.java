package org.interpreterline.platform.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class E164Test {

    @ParameterizedTest
    @CsvSource({
            "+14125550101, +14125550101",
            "(412) 555-0101, +14125550101",
            "412-555-0101, +14125550101",
            "412.555.0101, +14125550101",
            "1 412 555 0101, +14125550101",
            "0044 20 7946 0958, +442079460958",
            "+44 20 7946 0958, +442079460958"})
    void typedNumbersBecomeE164(String typed, String expected) {
        assertThat(E164.normalise(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "555-0101", "0412 555 0123", "phone", "+0123456789", "+1 412 555 0101 ext 4", "12345"})
    void nonsenseIsNotANumber(String typed) {
        assertThat(E164.normalise(typed)).isEmpty();
    }
}
