package org.interpreterline.dispatch.card;

import java.util.Map;
import java.util.Optional;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.LanguageCard;

/**
 * Where the language cards are kept (Kafka: {@code dispatch.language-cards} and a global store on every instance) and
 * how the card feature tells the rest of the line. Reads throw an unchecked exception while the stores cannot be read
 * (a start or a restart).
 */
public interface LanguageCards {

    Optional<LanguageCard> byToken(String token);

    /** Every card this instance's copy holds, by token: a few per officer who texted CARD in the last hour or so. */
    Map<String, LanguageCard> all();

    /** Writes the card; false when Kafka refused it. */
    boolean keep(String token, LanguageCard card);

    /** Removes the card for good (a tombstone). */
    void forget(String token);

    /** Publishes a card's news on {@code dispatch.events}; false when Kafka refused it. */
    boolean announce(DispatchEvent event);
}
