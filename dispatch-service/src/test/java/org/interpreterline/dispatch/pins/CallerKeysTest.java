package org.interpreterline.dispatch.pins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The calling number as the PIN counts keep it: equal for one number, unrelated otherwise, never the number. */
class CallerKeysTest {

    private final CallerKeys keys = new CallerKeys("line-secret");

    @Test
    void oneNumberAlwaysGivesOneKey_andTheKeyDoesNotShowTheNumber() {
        String key = keys.of("+14125550123");

        assertThat(keys.of(" +14125550123 ")).isEqualTo(key);
        assertThat(key).matches("[0-9a-f]{64}").doesNotContain("4125550123").doesNotContain("0123");
        assertThat(keys.of("+14125550124")).isNotEqualTo(key);
    }

    @Test
    void anotherLinesSecretGivesOtherKeys() {
        assertThat(new CallerKeys("another-secret").of("+14125550123")).isNotEqualTo(keys.of("+14125550123"));
    }

    @Test
    void callersWhoWithholdTheirNumberShareOneCount() {
        assertThat(keys.of(null)).isEqualTo(keys.of("")).isEqualTo(keys.of("anonymous"))
                .isEqualTo(keys.of("Restricted"));
    }
}
