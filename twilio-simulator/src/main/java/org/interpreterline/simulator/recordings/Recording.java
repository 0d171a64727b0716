package org.interpreterline.simulator.recordings;

import java.time.Instant;

/**
 * What one {@code <Record>} kept. The simulator's "audio" is the words the phone said into it.
 *
 * @param deletedAt null until deleted; a deleted recording is still listed on the control API (tests can see what
 *                  the line deleted) while Twilio's API and {@code <Play>} no longer find it
 */
public record Recording(String sid, String accountSid, String callSid, String words, int durationSeconds,
                        Instant createdAt, Instant deletedAt) {

    public boolean isDeleted() {
        return deletedAt != null;
    }

    Recording deletedAt(Instant at) {
        return new Recording(sid, accountSid, callSid, words, durationSeconds, createdAt, at);
    }
}
