package org.interpreterline.dispatch.canary;

import java.time.Instant;

/**
 * The latest canary of one language, as the board shows it.
 *
 * @param couldBeOffered interpreters the roster's matching found; -1 when the roster did not answer
 * @param detail         what broke, in words a supervisor reads; null when it worked
 */
public record CanaryResult(
        String language,
        String languageName,
        boolean ok,
        String result,
        String detail,
        int couldBeOffered,
        Instant at) {
}
