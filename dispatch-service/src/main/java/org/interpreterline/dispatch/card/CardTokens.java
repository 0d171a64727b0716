package org.interpreterline.dispatch.card;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A card's token: 128 random bits from {@link SecureRandom}, URL-safe Base64 without padding (22 characters). It is
 * the card's only capability: whoever has the link may tap a language on it, nobody can guess one.
 */
final class CardTokens {

    private static final int BYTES = 16;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CardTokens() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} could be one: anything else is not looked up at all. */
    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }
}
