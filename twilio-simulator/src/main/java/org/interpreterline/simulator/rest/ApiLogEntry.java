package org.interpreterline.simulator.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One Twilio REST request the simulator received (form and query parameters together). */
public record ApiLogEntry(Instant at, String method, String path, Map<String, List<String>> params, int status) {
}
