package org.interpreterline.dispatch.board;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the wall board reads besides the line's own record (README "Configuration").
 *
 * @param alertsUrl     Alertmanager's {@code /api/v2/alerts}, for the firing alerts; empty = not connected
 * @param alertsTimeout how long one read of it may take: the board says "unreachable" rather than wait
 */
@Validated
@ConfigurationProperties("line.board")
record BoardSettings(
        @Pattern(regexp = "(https?://.+)?", message = "must be empty or an http(s) URL such as"
                + " http://alertmanager:9093/api/v2/alerts") String alertsUrl,
        @NotNull @DurationMin(millis = 100) @DurationMax(seconds = 10) @DefaultValue("2s") Duration alertsTimeout) {

    Optional<String> alerts() {
        return alertsUrl == null || alertsUrl.isBlank() ? Optional.empty() : Optional.of(alertsUrl.strip());
    }
}
