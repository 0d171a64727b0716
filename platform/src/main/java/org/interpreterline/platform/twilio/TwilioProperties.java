package org.interpreterline.platform.twilio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Twilio account the line uses ({@code TWILIO_*}, README.md, Configuration). The auth token also checks every webhook's signature.
 *
 * @param apiBaseUrl where REST calls go: {@code https://api.twilio.com} in production, the simulator locally
 * @param publicUrl  how Twilio reaches this service; webhook URLs and signature checks are built on it
 */
@Validated
@ConfigurationProperties("line.twilio")
public record TwilioProperties(
        @NotBlank @Pattern(regexp = "AC[0-9a-fA-F]{32}", message = "must be a Twilio account SID (AC + 32 hex digits)")
        String accountSid,
        @NotBlank String authToken,
        @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +14125550100")
        String lineNumber,
        @NotBlank String apiBaseUrl,
        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
        String publicUrl) {

    /** The absolute URL Twilio uses for one of this service's paths. */
    public String publicUrl(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
