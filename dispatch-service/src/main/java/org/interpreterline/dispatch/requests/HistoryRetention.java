package org.interpreterline.dispatch.requests;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the request history keeps a request (README "Configuration", docs/privacy.md).
 *
 * @param retention  a request whose last change is older than this is removed for good, with the numbers and the
 *                   note in it (tombstones on the stores' changelogs)
 * @param sweepEvery how often the history looks for such requests
 * @param minutesRetention how long the minutes report keeps each connected call (who interpreted, for which agency,
 *                   when), after the request itself is forgotten: payment and audits look back years
 * @param residentKeyLife the longest an added resident's number stays readable when the request's end is never
 *                   heard: its key is destroyed then (docs/privacy.md); keep it longer than any real call
 */
@Validated
@ConfigurationProperties("line.history")
public record HistoryRetention(
        @NotNull @DurationMin(seconds = 10) @DefaultValue("90d") Duration retention,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1h") Duration sweepEvery,
        @NotNull @DurationMin(minutes = 1) @DefaultValue("4h") Duration residentKeyLife,
        @NotNull @DurationMin(days = 1) @DefaultValue("2557d") Duration minutesRetention) {
}
