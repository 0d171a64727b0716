package org.interpreterline.roster.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.interpreterline.platform.routing.RosterOwner;
import org.junit.jupiter.api.Test;

class ExposureGaugesTest {

    @Test
    void aRefreshUpdatesEachInterpretersSeriesInPlaceAndDropsThoseWhoLeft() {
        ExposureReport report = mock(ExposureReport.class);
        when(report.now()).thenReturn(report(row("ana", 1, false), row("bob", 0, false)),
                report(row("ana", 3, true)));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ExposureGauges gauges = new ExposureGauges(report, mock(RosterOwner.class), registry);
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> registry.find("line_interpreter_exposure").gauges()
                    .size() == 2);
            var ana = registry.get("line_interpreter_exposure").tag("interpreter", "ana").gauge();
            assertThat(ana.value()).isEqualTo(1);

            // the next refresh (15 s on): Ana's gauge is the same meter, reading her new figures; Bob's is gone
            await().atMost(Duration.ofSeconds(20)).until(() -> registry.find("line_interpreter_exposure").gauges()
                    .size() == 1);
            assertThat(registry.get("line_interpreter_exposure").tag("interpreter", "ana").gauge()).isSameAs(ana);
            assertThat(ana.value()).isEqualTo(3);
            assertThat(registry.get("line_interpreter_resting").tag("interpreter", "ana").gauge().value())
                    .isEqualTo(1);
        } finally {
            gauges.destroy();
        }
    }

    private static ExposureReport.Report report(ExposureReport.Row... rows) {
        return new ExposureReport.Report(Instant.now(), "PT24H", 3, "PT12H", "PT8H", List.of(rows));
    }

    private static ExposureReport.Row row(String id, int toughCalls, boolean resting) {
        return new ExposureReport.Row(id, id, "AVAILABLE", toughCalls, 0, resting, null);
    }
}
