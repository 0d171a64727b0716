package org.interpreterline.roster.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.interpreterline.events.Priority;
import org.junit.jupiter.api.Test;

class AllocationPolicyTest {

    @Test
    void defaultsAreTheOnesInTheDesign() {
        AllocationPolicy p = AllocationPolicy.defaults();
        assertThat(p.offerTimeout()).isEqualTo(Duration.ofSeconds(40));
        assertThat(p.wrapUp()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.escalateAfter(Priority.ROUTINE)).isEqualTo(Duration.ofSeconds(120));
        assertThat(p.escalateAfter(Priority.URGENT)).isEqualTo(Duration.ofSeconds(120));
        assertThat(p.escalateAfter(Priority.EMERGENCY)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.missedOffersBeforePause()).isEqualTo(3);
        assertThat(p.parallelRing()).isEqualTo(1);
        assertThat(p.fallbackNumber()).isNull();
        assertThat(p.hasFallback()).isFalse();
        assertThat(p.tick()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBlankFallbackNumberMeansNone() {
        assertThat(AllocationPolicy.defaults().withFallbackNumber("  ").fallbackNumber()).isNull();
        assertThat(AllocationPolicy.defaults().withFallbackNumber(" +18005550199 ").fallbackNumber())
                .isEqualTo("+18005550199");
    }

    @Test
    void rejectsSettingsThatWouldBookOddly() {
        AllocationPolicy d = AllocationPolicy.defaults();
        assertThatThrownBy(() -> d.withParallelRing(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parallelRing");
        assertThatThrownBy(() -> d.withParallelRing(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withFallbackNumber("412-555-0100")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E.164");
        assertThatThrownBy(() -> new AllocationPolicy(Duration.ZERO, d.wrapUp(), d.escalateAfter(),
                d.escalateAfterEmergency(), 3, 1, null, d.tick())).hasMessageContaining("offerTimeout");
        assertThatThrownBy(() -> new AllocationPolicy(d.offerTimeout(), Duration.ofSeconds(-1), d.escalateAfter(),
                d.escalateAfterEmergency(), 3, 1, null, d.tick())).hasMessageContaining("wrapUp");
        assertThatThrownBy(() -> new AllocationPolicy(d.offerTimeout(), d.wrapUp(), d.escalateAfter(),
                d.escalateAfterEmergency(), 0, 1, null, d.tick())).hasMessageContaining("missedOffersBeforePause");
        assertThatThrownBy(() -> new AllocationPolicy(d.offerTimeout(), d.wrapUp(), d.escalateAfter(),
                d.escalateAfterEmergency(), 3, 1, null, null)).isInstanceOf(NullPointerException.class);
        assertThat(new AllocationPolicy(d.offerTimeout(), Duration.ZERO, d.escalateAfter(),
                d.escalateAfterEmergency(), 1, 3, "+18005550199", Duration.ofMillis(250)).wrapUp()).isZero();
    }
}
