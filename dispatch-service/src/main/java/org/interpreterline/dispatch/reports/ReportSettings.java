package org.interpreterline.dispatch.reports;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the payment reports read the clock (README "Configuration").
 *
 * @param timeZone    the line's local time: days, nights and weekends are counted in it
 * @param nightStarts when a night begins (local time)
 * @param nightEnds   when it ends, the next morning
 */
@Validated
@ConfigurationProperties("line.reports")
public record ReportSettings(
        @NotNull @DefaultValue("America/New_York") ZoneId timeZone,
        @NotNull @DefaultValue("22:00") LocalTime nightStarts,
        @NotNull @DefaultValue("06:00") LocalTime nightEnds) {
}
