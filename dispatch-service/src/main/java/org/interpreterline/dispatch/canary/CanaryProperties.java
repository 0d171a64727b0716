package org.interpreterline.dispatch.canary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The line's self-test (README "Configuration"): every {@code interval}, one synthetic text per language through
 * the SMS webhook and the roster's matching.
 *
 * @param enabled       false switches the canary off (a line with no roster yet)
 * @param interval      how often each language is tested
 * @param firstRunAfter how long after this instance starts serving the roster the first run comes
 * @param timeout       how long a run waits for the roster's answer before calling it Kafka lag
 * @param languages     language tags to test; empty = the languages of the phone menu (the line's top languages)
 */
@Validated
@ConfigurationProperties("line.canary")
public record CanaryProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1h") Duration interval,
        @NotNull @DefaultValue("1m") Duration firstRunAfter,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration timeout,
        @DefaultValue List<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                message = "must be a language tag such as es or zh") String> languages) {
}
