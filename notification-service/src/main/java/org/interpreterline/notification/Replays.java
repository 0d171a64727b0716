package org.interpreterline.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Kafka redelivers a record whose offset was not committed, and Twilio retries a webhook it got no timely
 * answer for; the line must act on each fact once. Remembers recent keys (an eventId, CallSid + status,
 * ConferenceSid + event + CallSid), forgetting the oldest first.
 */
public class Replays {

    private static final int REMEMBERED = 20_000;

    private final Set<String> seen = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    /** @return true the first time this fact is seen, false for a replay */
    public boolean first(String... keyParts) {
        return seen.add(String.join("|", keyParts));
    }

    /** Handling the fact failed: its retry must not count as a replay. */
    public void forget(String... keyParts) {
        seen.remove(String.join("|", keyParts));
    }
}
