package org.interpreterline.platform.twilio;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a REST request to Twilio may take ({@code LINE_TWILIO_CONNECT_TIMEOUT}, {@code LINE_TWILIO_READ_TIMEOUT}, README.md,
 * Configuration). The SDK's own read timeout is 30 s: a dial would wait that long on a Twilio that does not answer.
 *
 * @param connect how long opening a connection (or waiting for a pooled one) may take
 * @param read    how long Twilio may be silent while answering one request
 */
@Validated
@ConfigurationProperties("line.twilio.timeouts")
public record TwilioTimeouts(
        @NotNull @DurationMin(millis = 100) @DurationMax(seconds = 30) @DefaultValue("3s") Duration connect,
        @NotNull @DurationMin(millis = 100) @DurationMax(seconds = 60) @DefaultValue("10s") Duration read) {

    /** Twilio answers in 100-500 ms; these leave room for a bad moment and no more. */
    public static final TwilioTimeouts DEFAULTS = new TwilioTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(10));
}
