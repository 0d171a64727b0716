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
 * When the line stops asking Twilio ({@link TwilioBreaker}).
 *
 * @param window             the last requests looked at
 * @param failureRatePercent the share of them that failed for a passing reason at which Twilio is not asked
 * @param openFor            how long Twilio is then not asked before a few requests try it again
 */
@Validated
@ConfigurationProperties("line.twilio.breaker")
public record TwilioBreakerProperties(
        @Min(2) @Max(1000) @DefaultValue("10") int window,
        @Min(1) @Max(100) @DefaultValue("50") int failureRatePercent,
        @NotNull @DurationMin(seconds = 1) @DurationMax(minutes = 10) @DefaultValue("30s") Duration openFor) {
}
