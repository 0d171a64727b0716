package org.interpreterline.notification.twilio;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a Twilio request that failed for a passing reason (429, 5xx, a timeout) is tried again.
 *
 * @param attempts how many times one request is tried in all
 * @param backoff  the wait before the second attempt; each later wait doubles, and every wait is drawn at random
 *                 within half of it either way, so requests that failed together do not come back together
 */
@Validated
@ConfigurationProperties("line.twilio.retries")
public record TwilioRetryProperties(
        @Min(1) @Max(10) @DefaultValue("4") int attempts,
        @NotNull @DurationMin(millis = 10) @DurationMax(seconds = 10) @DefaultValue("200ms") Duration backoff) {
}
