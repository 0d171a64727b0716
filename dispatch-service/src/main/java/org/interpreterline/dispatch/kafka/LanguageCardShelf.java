package org.interpreterline.dispatch.kafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.card.LanguageCards;
import org.interpreterline.dispatch.publishing.DispatchPublisher;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.LanguageCard;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.platform.streams.TableMirror;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The language cards in Kafka: {@code dispatch.language-cards} (compacted, keyed by token) mirrored into the
 * {@code language-cards} global store on every instance, so whichever instance a resident's phone reaches can show
 * the card and take the tap.
 */
@Component
class LanguageCardShelf implements LanguageCards {

    static final String STORE = "language-cards";
    private static final Logger log = LoggerFactory.getLogger(LanguageCardShelf.class);

    private final DispatchStores stores;
    private final TopicPublisher<String, LanguageCard> topic;
    private final DispatchPublisher events;
    private final Duration ackTimeout;

    LanguageCardShelf(DispatchStores stores, TopicPublisher<String, LanguageCard> languageCardsTopic,
            DispatchPublisher events, DispatchProperties props) {
        this.stores = stores;
        this.topic = languageCardsTopic;
        this.events = events;
        this.ackTimeout = props.publishAckTimeout();
    }

    /** The global store of the cards, on every instance. */
    static void addTo(Topology topology) {
        TableMirror.addTo(topology, STORE, Topics.DISPATCH_LANGUAGE_CARDS);
    }

    @Override
    public Optional<LanguageCard> byToken(String token) {
        return Optional.ofNullable(stores.<LanguageCard>store(STORE).get(token));
    }

    @Override
    public Map<String, LanguageCard> all() {
        Map<String, LanguageCard> cards = new LinkedHashMap<>();
        try (KeyValueIterator<String, LanguageCard> all = stores.<LanguageCard>store(STORE).all()) {
            all.forEachRemaining(kv -> cards.put(kv.key, kv.value));
        }
        return cards;
    }

    @Override
    public boolean keep(String token, LanguageCard card) {
        return send(token, card);
    }

    @Override
    public void forget(String token) {
        send(token, null);
    }

    @Override
    public boolean announce(DispatchEvent event) {
        return !events.publish(event).failed();
    }

    /** Waits as a webhook does; a send still pending then is not a failure (the producer keeps retrying). */
    private boolean send(String token, LanguageCard card) {
        try {
            return !Acknowledgement.within(topic.publish(token, card), ackTimeout, "language card").failed();
        } catch (RuntimeException e) {
            log.error("A language card could not be written to Kafka: {}", e.getMessage());
            return false;
        }
    }
}
