package org.interpreterline.dispatch.requests;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The short code a requester hears and texts back ({@code K7Q2}): four characters from an alphabet without
 * 0/O and 1/I, which sound or look alike. A request's candidates are derived from its id ({@link #of(String, int)}),
 * so every retry of a webhook arrives at the same ones; {@link FreeReferences} picks the first that no other
 * request holds.
 */
public record SpokenReference(String code) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 4;
    /** 32^4: how many references there are. */
    static final int CODES = 1 << (5 * LENGTH);

    /** The request's first candidate (what every request got before candidates were checked). */
    public static SpokenReference of(String requestId) {
        return of(requestId, 0);
    }

    /** The request's {@code variant}-th candidate: 0, 1, 2... each as random as the first, all fixed by the id. */
    public static SpokenReference of(String requestId, int variant) {
        String seed = variant == 0 ? requestId : requestId + "#" + variant;
        long bits = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
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
