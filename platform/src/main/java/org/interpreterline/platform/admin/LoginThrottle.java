package org.interpreterline.platform.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * How many password checks a client address may still have: a few a minute (a token bucket per address). A check
 * takes a token before any hashing; a correct password gives it back, so only failures use the allowance up.
 */
final class LoginThrottle {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final int perMinute;

    LoginThrottle(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes a try for this address; when none is left, how long until the next one. */
    Optional<Duration> take(String address) {
        ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The try was a correct password: it does not count. */
    void giveBack(String address) {
        bucket(address).addTokens(1);
    }

    private Bucket bucket(String address) {
        return buckets.get(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
    }
}
