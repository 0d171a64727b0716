package org.interpreterline.dispatch.card;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The language card (README "Configuration", {@code LINE_LANGUAGE_CARD_*}).
 *
 * @param validFor   how long a card's link works after the officer texted CARD (it stops working earlier once the
 *                   officer's YES opened a request)
 * @param mostAsked  how many of the line's most requested languages come first on the card, before the rest
 */
@Validated
@ConfigurationProperties("line.language-card")
public record CardProperties(
        @NotNull @DurationMin(minutes = 1) @DurationMax(hours = 24) @DefaultValue("1h") Duration validFor,
        @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(50) @DefaultValue("8")
        int mostAsked) {
}
