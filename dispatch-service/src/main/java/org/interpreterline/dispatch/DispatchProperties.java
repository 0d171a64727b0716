package org.interpreterline.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMin;
import org.interpreterline.events.Priority;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How dispatch-service answers the line (README "Configuration" lists each property).
 *
 * @param rosterId              the roster this deployment serves; the key of every event it publishes
 * @param notificationPublicUrl how Twilio reaches notification-service: conference status callbacks go there
 * @param fallbackNumber        commercial interpreter provider for callers the menu cannot help; blank = none
 * @param voicePriority         priority of a request made by calling the line (an officer in the field)
 * @param smsPriority           priority of a texted request unless its text says "emergency"
 * @param unknownCallers        what a caller whose phone is not registered gets
 * @param agencies              agencies whose officers may identify with a PIN from an unregistered phone
 * @param menu                  keypad digit (1-8; 0 and 9 are reserved) to language tag; empty = the standard menu
 * @param publishAckTimeout     how long a webhook waits for Kafka to acknowledge the event it publishes
 * @param adminWriteTimeout     how long an admin write waits to see itself applied before answering 503
 * @param pinLockout            how many wrong agency PINs from one number lock it out, and for how long
 * @param spokenNoteSeconds     the longest note an officer who called in may say for the interpreters after choosing
 *                              the language; 0 = they are not asked
 */
@Validated
@ConfigurationProperties("line.dispatch")
public record DispatchProperties(
        @NotBlank String rosterId,
        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String notificationPublicUrl,
        @Pattern(regexp = "(\\+[1-9][0-9]{6,14})?", message = "must be empty or an E.164 number such as +14125550199")
        String fallbackNumber,
        @NotNull @DefaultValue("EMERGENCY") Priority voicePriority,
        @NotNull @DefaultValue("URGENT") Priority smsPriority,
        @NotNull @DefaultValue("PIN") UnknownCallers unknownCallers,
        @Valid @DefaultValue List<Agency> agencies,
        @DefaultValue Map<String, String> menu,
        @NotNull @DefaultValue("250ms") Duration publishAckTimeout,
        @NotNull @DefaultValue("5s") Duration adminWriteTimeout,
        @Valid @NotNull @DefaultValue PinLockout pinLockout,
        @Min(0) @Max(30) @DefaultValue("10") int spokenNoteSeconds) {

    /** What the line does with a call from a phone that is not in the responders directory. */
    public enum UnknownCallers {
        /** ask for an agency PIN (when agencies are configured), else explain how to register */
        PIN,
        /** explain how to register, and offer the fallback provider if there is one */
        REJECT
    }

    /** An agency whose officers may call from any phone by entering its PIN. */
    public record Agency(@NotBlank String name, @NotBlank @Pattern(regexp = "[0-9]{4,12}",
            message = "must be 4 to 12 digits") String pin) {

        @Override
        public String toString() {
            return "Agency[" + name + ", pin=****]"; // never log a PIN
        }
    }

    /**
     * Wrong agency PINs are counted per calling number, across calls: {@code wrongPins} of them within {@code within}
     * and the number is not asked for a PIN again for {@code duration} (it is sent to the fallback provider).
     */
    public record PinLockout(
            @Min(1) @Max(100) @DefaultValue("5") int wrongPins,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration within,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration duration) {
    }

    public Optional<String> fallback() {
        return fallbackNumber == null || fallbackNumber.isBlank() ? Optional.empty() : Optional.of(fallbackNumber);
    }

    /** Whether an unregistered caller is asked for a PIN. */
    public boolean asksForPin() {
        return unknownCallers == UnknownCallers.PIN && !agencies.isEmpty();
    }

    public Optional<Agency> agencyWithPin(String pin) {
        return pin == null ? Optional.empty() : agencies.stream().filter(a -> a.pin().equals(pin.strip())).findFirst();
    }
}
