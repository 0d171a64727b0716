package org.interpreterline.dispatch.card;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.events.dispatch.LanguageCard;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The officer's language card: CARD texts a link to a page of "I speak …" lines; the resident's tap
 * is texted to the officer, whose YES opens the request. One open card per officer: CARD again while it is open sends
 * the same link. A card works for {@code line.language-card.valid-for} and no longer once its YES opened a request.
 * Log lines name a card by a short label derived from its token, never by the token (the link's only secret).
 */
@Component
public class LanguageCardDesk {

    /** The language the resident chose on the officer's open card. */
    public record Choice(String token, Language language) {
    }

    /** What a tap on the card did. */
    sealed interface Tap {
        record Chosen(Language language) implements Tap {
        }

        /** Expired, spent, or no such card. */
        record Gone() implements Tap {
        }

        record NotALanguage() implements Tap {
        }

        /** Kafka did not take the choice. */
        record NotTaken() implements Tap {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LanguageCardDesk.class);

    private final LanguageCards cards;
    private final LanguageCatalog catalog;
    private final CardMetrics metrics;
    private final String rosterId;
    private final String pageBase;
    private final Duration validFor;
    private final Clock clock;

    @Autowired
    LanguageCardDesk(LanguageCards cards, LanguageCatalog catalog, CardMetrics metrics, DispatchProperties dispatch,
            TwilioProperties twilio, CardProperties props) {
        this(cards, catalog, metrics, dispatch.rosterId(), twilio.publicUrl(LanguageCardPage.PATH), props.validFor(),
                Clock.systemUTC());
    }

    LanguageCardDesk(LanguageCards cards, LanguageCatalog catalog, CardMetrics metrics, String rosterId,
            String pageBase, Duration validFor, Clock clock) {
        this.cards = cards;
        this.catalog = catalog;
        this.metrics = metrics;
        this.rosterId = rosterId;
        this.pageBase = pageBase;
        this.validFor = validFor;
        this.clock = clock;
    }

    /** CARD: the reply, with the link of the officer's open card or of a new one. */
    public String issue(String officerPhone) {
        Instant now = clock.instant();
        Optional<Map.Entry<String, LanguageCard>> open = openCardOf(officerPhone, now);
        if (open.isPresent()) {
            log.info("Language card {} of {}: sent again (still open until {})", label(open.get().getKey()),
                    PhoneMask.mask(officerPhone), open.get().getValue().expiresAt());
            return "Your language card is still open: " + link(open.get().getKey()) + " Let the person tap their "
                    + "language; we will text you their choice.";
        }
        String token = CardTokens.next();
        LanguageCard card = LanguageCard.issued(officerPhone, now, now.plus(validFor));
        if (!cards.keep(token, card)) {
            return "Sorry, we could not make a language card just now. Text CARD again, or text a language such as "
                    + "Spanish.";
        }
        metrics.count(CardMetrics.Outcome.SENT);
        log.info("Language card {} sent to {}, open until {}", label(token), PhoneMask.mask(officerPhone),
                card.expiresAt());
        return "Language card: " + link(token) + " Show it to the person so they can tap their language; we will "
                + "text you their choice. The link works for " + spoken(validFor) + ".";
    }

    /** The language chosen on the officer's open card, for their YES. */
    public Optional<Choice> chosenFor(String officerPhone) {
        return openCardOf(officerPhone, clock.instant()).filter(e -> e.getValue().language() != null)
                .flatMap(e -> catalog.byTag(e.getValue().language()).map(l -> new Choice(e.getKey(), l)));
    }

    /** The officer's YES opened {@code requestId}: the card is spent and the request's timeline says so. */
    public void spent(Choice choice, String requestId) {
        Optional<LanguageCard> card = cards.byToken(choice.token());
        card.ifPresent(c -> cards.keep(choice.token(), c.spentOn(requestId)));
        cards.announce(new LanguageCardUsed(UUID.randomUUID(), clock.instant(), rosterId, requestId,
                choice.language().tag()));
        metrics.count(CardMetrics.Outcome.OPENED);
        log.info("Language card {}: the officer's YES opened request {} ({})", label(choice.token()), requestId,
                choice.language().englishName());
    }

    /** The card behind a link, if it can still be tapped. */
    Optional<LanguageCard> usable(String token) {
        if (!CardTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<LanguageCard> card = cards.byToken(token).filter(c -> c.usable(clock.instant()));
        if (card.isEmpty()) {
            metrics.count(CardMetrics.Outcome.EXPIRED);
        }
        return card;
    }

    /** The resident tapped {@code tag}: kept on the card, and the officer is texted. */
    Tap choose(String token, String tag) {
        Optional<LanguageCard> card = usable(token);
        if (card.isEmpty()) {
            log.info("Language card {}: a tap on a card that expired or was used", label(token));
            return new Tap.Gone();
        }
        Optional<Language> language = catalog.byTag(tag);
        if (language.isEmpty()) {
            return new Tap.NotALanguage();
        }
        Instant now = clock.instant();
        LanguageCard chosen = card.get().chosen(language.get().tag(), now);
        if (!cards.keep(token, chosen) || !cards.announce(new LanguageCardChosen(UUID.randomUUID(), now, rosterId,
                chosen.officerPhone(), language.get().tag()))) {
            return new Tap.NotTaken();
        }
        metrics.count(CardMetrics.Outcome.CHOSEN);
        log.info("Language card {} of {}: {} chosen", label(token), PhoneMask.mask(chosen.officerPhone()),
                language.get().englishName());
        return new Tap.Chosen(language.get());
    }

    private Optional<Map.Entry<String, LanguageCard>> openCardOf(String officerPhone, Instant now) {
        return cards.all().entrySet().stream()
                .filter(e -> e.getValue().officerPhone().equals(officerPhone) && e.getValue().usable(now))
                .max(Comparator.comparing(e -> e.getValue().issuedAt()));
    }

    private String link(String token) {
        return pageBase + "/" + token;
    }

    /** "1 hour", "90 minutes": how long a link works, as an officer reads it. */
    static String spoken(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** A name for the card in logs: not the token, from which it cannot be worked back. */
    static String label(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(token)
                    .getBytes(StandardCharsets.UTF_8));
            return "C-" + HexFormat.of().formatHex(hash, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
