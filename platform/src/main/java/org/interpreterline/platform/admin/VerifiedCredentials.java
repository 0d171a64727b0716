package org.interpreterline.platform.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.core.Authentication;

/**
 * Credentials checked a moment ago, so that a script or the board's reconnects do not cost a password hash per
 * request. Kept by a SHA-256 of the Basic credential ({@code user:password}), never the password itself, for a
 * minute.
 */
final class VerifiedCredentials {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final Cache<String, Authentication> verified = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(KEPT_FOR)
            .build();

    Authentication find(String user, String password) {
        return verified.getIfPresent(key(user, password));
    }

    void remember(String user, String password, Authentication authentication) {
        verified.put(key(user, password), authentication);
    }

    private static String key(String user, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
