package org.interpreterline.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notification-service rings interpreters and calls requesters back (DESIGN.md §3 defaults).
 *
 * @param rosterId        the roster this deployment serves; events of other rosters are ignored
 * @param ringTimeout     how long an outbound call rings before Twilio reports no-answer
 * @param promptTimeout   how long the accept prompt waits for a key
 * @param promptRepeats   how many times the accept prompt is repeated after the first silence
 * @param machineDetection ask Twilio to tell a voicemail from a person, so a voicemail never "accepts"
 * @param lookBack        how far back the start-up rebuild reads the event topics
 * @param bridgeAttempts  one-second waits for the roster's confirmation before an accepting interpreter is
 *                        told the request could not be connected
 */
@Validated
@ConfigurationProperties("line.notification")
public record NotificationProperties(
        @NotBlank String rosterId,
        @NotNull @DurationMin(seconds = 5) @DurationMax(seconds = 600) @DefaultValue("20s") Duration ringTimeout,
        @NotNull @DurationMin(seconds = 1) @DurationMax(seconds = 60) @DefaultValue("8s") Duration promptTimeout,
        @Min(0) @Max(5) @DefaultValue("1") int promptRepeats,
        @DefaultValue("true") boolean machineDetection,
        @NotNull @DurationMin(minutes = 1) @DefaultValue("2h") Duration lookBack,
        @Min(1) @Max(60) @DefaultValue("10") int bridgeAttempts) {

    /** Whether an event belongs to this deployment's roster. */
    public boolean serves(String eventRosterId) {
        return rosterId.equals(eventRosterId);
    }
}
