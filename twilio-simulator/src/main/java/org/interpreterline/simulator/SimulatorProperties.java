package org.interpreterline.simulator;

import java.time.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The simulated Twilio account and the line's phone-number configuration (where Twilio sends the line's
 * inbound calls and texts). Defaults and the DESIGN.md §5 environment variables are mapped in
 * {@code simulator-defaults.yml}.
 *
 * @param accountSid            the account whose credentials the REST API accepts
 * @param authToken             the account's token: REST password and webhook signing key
 * @param lineNumber            the line's own number (E.164)
 * @param lineVoiceUrl          the number's voice webhook (inbound calls)
 * @param lineSmsUrl            the number's messaging webhook (inbound texts)
 * @param lineStatusCallbackUrl the number's call status callback: an inbound call's final status goes there
 * @param webhookTimeout        how long a webhook may take before it counts as failed (Twilio: 15 s)
 * @param timeScale             divides simulated waits (Gather timeout, Pause, ring timeout) so tests run fast
 */
@Validated
@ConfigurationProperties(prefix = "simulator")
public record SimulatorProperties(
        @NotBlank @Pattern(regexp = "AC[0-9a-fA-F]{32}", message = "must be AC followed by 32 hex digits") String accountSid,
        @NotBlank String authToken,
        @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number") String lineNumber,
        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String lineVoiceUrl,
        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String lineSmsUrl,
        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String lineStatusCallbackUrl,
        @NotNull @DefaultValue("15s") Duration webhookTimeout,
        @Positive @DefaultValue("1.0") double timeScale) {
}
