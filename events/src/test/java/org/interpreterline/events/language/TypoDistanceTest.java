package org.interpreterline.events.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoDistanceTest {

    @ParameterizedTest(name = "{0} ↔ {1} = {2}")
    @CsvSource({
            "spanish, spanish, 0",
            "spansih, spanish, 1", // a swap of neighbours is one slip
            "spansh, spanish, 1",
            "spanissh, spanish, 1",
            "spamish, spanish, 1",
            "ukranian, ukrainian, 1",
            "portugese, portuguese, 1",
            "tigrigna, tigrinya, 2",
            "kitten, sitting, 3",
            "ca, abc, 3", // optimal string alignment: a swapped pair is not edited again
            "'', abc, 3",
            "abc, '', 3"})
    void countsInsertionsDeletionsReplacementsAndSwaps(String a, String b, int distance) {
        assertThat(TypoDistance.between(a, b, 5)).isEqualTo(distance);
        assertThat(TypoDistance.between(b, a, 5)).isEqualTo(distance);
    }

    @ParameterizedTest(name = "{0} ↔ {1} beyond {2}")
    @CsvSource({"abcdef, uvwxyz, 1", "spanish, arabic, 2", "so, somali, 2", "police, polish, 1"})
    void stopsCountingPastTheLimit(String a, String b, int limit) {
        assertThat(TypoDistance.between(a, b, limit)).isEqualTo(limit + 1);
    }
}
