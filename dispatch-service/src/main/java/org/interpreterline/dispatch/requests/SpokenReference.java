package org.interpreterline.dispatch.requests;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The short code a requester hears and texts back ({@code K7Q2}): four characters from an alphabet without
 * 0/O and 1/I, which sound or look alike, derived from the request id so every service and every retry of
 * a webhook arrives at the same one.
 */
public record SpokenReference(String code) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 4;

    public static SpokenReference of(String requestId) {
        long bits = UUID.nameUUIDFromBytes(requestId.getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt((int) (bits & 31)));
            bits >>>= 5;
        }
        return new SpokenReference(code.toString());
    }

    /** Character by character, as text-to-speech should read it: {@code K 7 Q 2}. */
    public String spoken() {
        return String.join(" ", code.split(""));
    }

    @Override
    public String toString() {
        return code;
    }
}
