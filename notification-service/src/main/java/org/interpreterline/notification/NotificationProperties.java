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
 * How notification-service rings interpreters, calls requesters back and keeps its call desk.
 *
 * @param rosterId          the roster this deployment serves; events of other rosters are ignored
 * @param ringTimeout       how long an outbound call rings before Twilio reports no-answer
 * @param promptTimeout     how long the accept prompt waits for a key
 * @param promptRepeats     how many times the accept prompt is repeated after the first silence
 * @param machineDetection  ask Twilio to tell a voicemail from a person, so a voicemail never "accepts"
 * @param horizon           how long the call desk keeps an offer or a request after its last change
 * @param bridgeAttempts    one-second waits for the roster's confirmation before an accepting interpreter is
 *                          told the request could not be connected
 * @param publishAckTimeout how long a webhook waits for Kafka to take the fact it learned
 * @param adoptAfter        an offer older than this when the desk dials it was probably dialled before a takeover:
 *                          Twilio is first asked for a call to that interpreter still in progress, which is adopted
 * @param openingWait       how long a text to a requester waits for the request's opening (for its reference)
 * @param twilioConcurrency Twilio requests under way at once, at most
 * @param spokenNoteRetention how long after the officer said it their spoken note is played to interpreters; then it is
 *                          deleted at Twilio
 */
@Validated
@ConfigurationProperties("line.notification")
public record NotificationProperties(
        @NotBlank String rosterId,
        @NotNull @DurationMin(seconds = 5) @DurationMax(seconds = 600) @DefaultValue("20s") Duration ringTimeout,
        @NotNull @DurationMin(seconds = 1) @DurationMax(seconds = 60) @DefaultValue("8s") Duration promptTimeout,
        @Min(0) @Max(5) @DefaultValue("1") int promptRepeats,
        @DefaultValue("true") boolean machineDetection,
        @NotNull @DurationMin(minutes = 1) @DefaultValue("6h") Duration horizon,
        @Min(1) @Max(60) @DefaultValue("20") int bridgeAttempts,
        @NotNull @DurationMin(millis = 10) @DurationMax(seconds = 5) @DefaultValue("250ms") Duration publishAckTimeout,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("3s") Duration adoptAfter,
        @NotNull @DurationMax(seconds = 60) @DefaultValue("5s") Duration openingWait,
        @Min(1) @Max(1000) @DefaultValue("64") int twilioConcurrency,
        @NotNull @DurationMin(seconds = 10) @DurationMax(hours = 24) @DefaultValue("1h") Duration spokenNoteRetention) {

    /** Whether an event belongs to this deployment's roster. */
    public boolean serves(String eventRosterId) {
        return rosterId.equals(eventRosterId);
    }
}
