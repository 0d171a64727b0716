package org.interpreterline.simulator.events;

import java.time.Instant;
import java.util.Map;

/**
 * A state change worth showing live: {@code kind} is phone, call, conference or message; {@code id} the phone
 * number or sid; {@code details} a few fields so a page can update without asking again.
 */
public record SimEvent(String kind, String id, Instant at, Map<String, Object> details) {
}
