package org.interpreterline.simulator.support;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Twilio-shaped identifiers: a two-letter type prefix and 32 hex digits ("CA…" a call, "SM…" a message, "RE…" a
 * recording).
 */
public final class Sids {

    public static final String CALL = "CA";
    public static final String MESSAGE = "SM";
    public static final String CONFERENCE = "CF";
    public static final String RECORDING = "RE";

    private Sids() {
    }

    public static String next(String prefix) {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
