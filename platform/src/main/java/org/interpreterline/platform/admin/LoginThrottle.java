package org.interpreterline.platform.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;

/**
 * How many wrong passwords a client address may still try: a few a minute (a token bucket per address). An address
 * with none left is refused before any hashing; only a wrong password uses the allowance up, so an administrator's
 * tools opening several connections at once are never mistaken for a guesser.
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

    /** Whether this address has used up its wrong passwords: then how long until it may try again. */
    Optional<Duration> refusal(String address) {
        Bucket bucket = bucket(address);
        if (bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** A wrong password from this address. */
    void failed(String address) {
        bucket(address).tryConsume(1);
    }

    private Bucket bucket(String address) {
        return buckets.get(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
    }
}
