package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LatencyTimelineTest {

    static final Instant START = Instant.parse("2026-12-07T22:00:00Z");

    @Test
    void aTakeoverShowsAsTheSliceWhoseStepsTookLongerThanTheLoadsOwn() {
        LatencyTimeline timeline = new LatencyTimeline(START, Duration.ofSeconds(10));
        timeline.add(START.plusSeconds(1), START.plusSeconds(1).plusMillis(200));
        timeline.add(START.plusSeconds(3), START.plusSeconds(3).plusMillis(400));
        // begun while the owner was dead: done only after the survivor took over
        timeline.add(START.plusSeconds(12), START.plusSeconds(21));

        assertThat(timeline.describe()).isEqualTo("3 in all, p50 400 ms, p90 9000 ms, p99 9000 ms, max 9000 ms;"
                + " by when they began: 0-10 s: 2, p50 200 ms, max 400 ms; 10-20 s: 1, p50 9000 ms, max 9000 ms");
    }

    @Test
    void aRunWithNothingTimedSaysSo() {
        assertThat(new LatencyTimeline(START, Duration.ofSeconds(10)).describe()).isEqualTo("none");
    }
}
