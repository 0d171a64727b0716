package org.interpreterline.platform.web;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where a webhook that could not be handled sends its caller or texter.
 *
 * @param fallbackNumber the commercial interpreter provider ({@code FALLBACK_NUMBER}); blank = none
 */
@Validated
@ConfigurationProperties("line.webhooks")
public record WebhookFallback(
        @Pattern(regexp = "(\\+[1-9][0-9]{6,14})?", message = "must be empty or an E.164 number such as +14125550199")
        String fallbackNumber) {

    public Optional<String> number() {
        return fallbackNumber == null || fallbackNumber.isBlank() ? Optional.empty() : Optional.of(fallbackNumber);
    }
}
