package org.interpreterline.roster.forecast;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The coverage forecast's configuration ({@code line.forecast.*}, README "Configuration").
 *
 * @param timeZone         the line's reports time zone ({@code LINE_REPORTS_TIME_ZONE}): what "hour of the week" means
 * @param lookBackWeeks    complete weeks the forecast averages over, and how long its aggregates are kept
 * @param thinHistoryWeeks with fewer complete weeks of history than this, declared usual hours count too
 */
@Validated
@ConfigurationProperties("line.forecast")
public record ForecastSettings(
        @NotNull @DefaultValue("America/New_York") ZoneId timeZone,
        @Min(1) @Max(104) @DefaultValue("8") int lookBackWeeks,
        @Min(0) @Max(104) @DefaultValue("4") int thinHistoryWeeks) {
}
