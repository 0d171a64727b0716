package org.interpreterline.dispatch.card;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Forgets cards for good once they are past use: a tombstone on {@code dispatch.language-cards} for each card whose
 * link expired (compaction then drops both), so the officer's number and the chosen language are not kept past the
 * card's hour and a day of compaction. Every instance sweeps its own copy every few minutes; two tombstones for one
 * card do no harm. A spent card stays until its hour is over, so its link answers "expired" rather than "unknown".
 */
@Component
class ExpiredCards {

    private static final Logger log = LoggerFactory.getLogger(ExpiredCards.class);
    private static final Duration EVERY = Duration.ofMinutes(5);

    private final LanguageCards cards;
    private final Clock clock;
    private final ScheduledExecutorService sweeper;

    @Autowired
    ExpiredCards(LanguageCards cards) {
        this(cards, Clock.systemUTC(), true);
    }

    ExpiredCards(LanguageCards cards, Clock clock, boolean schedule) {
        this.cards = cards;
        this.clock = clock;
        this.sweeper = schedule ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "language-card-sweeper");
            t.setDaemon(true);
            return t;
        }) : null;
        if (sweeper != null) {
            sweeper.scheduleWithFixedDelay(this::sweepQuietly, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Tombstones every expired card; the number forgotten. */
    int sweep() {
        Instant now = clock.instant();
        List<String> expired = cards.all().entrySet().stream().filter(e -> !now.isBefore(e.getValue().expiresAt()))
                .map(Map.Entry::getKey).toList();
        expired.forEach(cards::forget);
        if (!expired.isEmpty()) {
            log.info("Language cards: {} expired card(s) forgotten", expired.size());
        }
        return expired.size();
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.debug("Language cards not swept this time: {}", e.getMessage()); // the stores are starting
        }
    }

    @PreDestroy
    void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }
}
