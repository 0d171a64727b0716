package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;

/**
 * An officer's language card: the value of {@code dispatch.language-cards}, keyed by the card's
 * token (the link's only secret). Nothing about the resident who taps it is kept: no number, no address, no browser;
 * only the language they chose.
 *
 * @param officerPhone who texted CARD (E.164): the one who is texted the choice and may answer YES
 * @param issuedAt     when the card was sent
 * @param expiresAt    after this the link shows "expired"
 * @param language     the language tag the resident tapped; null until they do (they may tap again to change it)
 * @param chosenAt     when they tapped it; null until then
 * @param requestId    the request the officer's YES opened; null until then, and then the card is spent
 */
public record LanguageCard(String officerPhone, Instant issuedAt, Instant expiresAt, String language,
        Instant chosenAt, String requestId) {

    public LanguageCard {
        Objects.requireNonNull(officerPhone, "officerPhone");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new card, nothing chosen. */
    public static LanguageCard issued(String officerPhone, Instant now, Instant expiresAt) {
        return new LanguageCard(officerPhone, now, expiresAt, null, null, null);
    }

    /** Can still be tapped, and answered YES: not expired, not spent. */
    public boolean usable(Instant now) {
        return requestId == null && now.isBefore(expiresAt);
    }

    public LanguageCard chosen(String tag, Instant at) {
        return new LanguageCard(officerPhone, issuedAt, expiresAt, tag, at, requestId);
    }

    public LanguageCard spentOn(String request) {
        return new LanguageCard(officerPhone, issuedAt, expiresAt, language, chosenAt, request);
    }
}
