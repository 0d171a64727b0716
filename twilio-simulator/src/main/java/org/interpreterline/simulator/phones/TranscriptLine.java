package org.interpreterline.simulator.phones;

import java.time.Instant;

/**
 * One thing heard or done on a phone.
 *
 * @param speaker "line" (what the line said or played), "phone" (what this phone pressed or said) or "system"
 *                (call events: ringing, answered, hold music, hung up, errors)
 */
public record TranscriptLine(Instant at, String speaker, String text, String callSid) {

    public static final String LINE = "line";
    public static final String PHONE = "phone";
    public static final String SYSTEM = "system";
}
