package org.interpreterline.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.interpreterline.simulator.webhooks.FallbackUrl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The simulated Twilio account and the line's phone-number configuration (where Twilio sends the line's
 * inbound calls and texts). Defaults and the line's environment variables are mapped in
 * {@code simulator-defaults.yml}.
 *
 * @param accountSid            the account whose credentials the REST API accepts
 * @param authToken             the account's token: REST password and webhook signing key
 * @param lineNumber            the line's own number (E.164)
 * @param otherLineNumbers      the account's other numbers (E.164), none by default: a county running several
 *                              agencies' rosters on one line gives each agency its own number, all pointed at the
 *                              line's webhooks below. The account's numbers are the line number plus these: phones
 *                              may call and text any of them, and the line may call and text from any of them
 * @param lineVoiceUrl          the number's voice webhook (inbound calls)
 * @param lineSmsUrl            the number's messaging webhook (inbound texts)
 * @param lineStatusCallbackUrl the number's call status callback: an inbound call's final status goes there
 * @param lineVoiceFallbackUrl  the number's voice fallback URL ("primary handler fails"), or null for none: requested
 *                              once per call when a voice webhook of the call fails or answers invalid TwiML
 * @param lineVoiceFallbackMethod GET or POST
 * @param lineSmsFallbackUrl    the number's messaging fallback URL, or null for none: requested when the messaging
 *                              webhook fails or answers invalid TwiML
 * @param lineSmsFallbackMethod GET or POST
 * @param webhookTimeout        how long a webhook may take before it counts as failed (Twilio: 15 s)
 * @param timeScale             divides simulated waits (Gather timeout, Pause, ring timeout) so tests run fast
 * @param publicUrl             where others reach this simulator (recordings' URLs start with it), or null for
 *                              {@code http://127.0.0.1:<the port it listens on>}
 */
@Validated
@ConfigurationProperties(prefix = "simulator")
public record SimulatorProperties(
        @NotBlank @Pattern(regexp = "AC[0-9a-fA-F]{32}", message = "must be AC followed by 32 hex digits") String accountSid,
        @NotBlank String authToken,
        @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number") String lineNumber,
        @NotNull @DefaultValue List<@NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number") String> otherLineNumbers,
        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String lineVoiceUrl,
        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String lineSmsUrl,
        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String lineStatusCallbackUrl,
        @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String lineVoiceFallbackUrl,
        @NotNull @Pattern(regexp = "GET|POST", message = "must be GET or POST") @DefaultValue("POST") String lineVoiceFallbackMethod,
        @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String lineSmsFallbackUrl,
        @NotNull @Pattern(regexp = "GET|POST", message = "must be GET or POST") @DefaultValue("POST") String lineSmsFallbackMethod,
        @NotNull @DefaultValue("15s") Duration webhookTimeout,
        @Positive @DefaultValue("1.0") double timeScale,
        @Pattern(regexp = "https?://[^?#]+", message = "must be an http(s) URL without a query") String publicUrl) {

    /** The number's voice fallback, if it has one. */
    public Optional<FallbackUrl> voiceFallback() {
        return FallbackUrl.of(lineVoiceFallbackUrl, lineVoiceFallbackMethod);
    }

    /** The number's messaging fallback, if it has one. */
    public Optional<FallbackUrl> smsFallback() {
        return FallbackUrl.of(lineSmsFallbackUrl, lineSmsFallbackMethod);
    }
}
