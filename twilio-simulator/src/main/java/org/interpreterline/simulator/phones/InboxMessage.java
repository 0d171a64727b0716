package org.interpreterline.simulator.phones;

import java.time.Instant;

/** A text the phone received. */
public record InboxMessage(String sid, String from, String body, Instant at) {
}
