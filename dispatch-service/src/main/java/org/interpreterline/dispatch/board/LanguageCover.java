package org.interpreterline.dispatch.board;

import java.util.List;

/**
 * Who interprets one language right now, as a supervisor reads it across the room: names, never phone numbers.
 *
 * @param available interpreters who would be offered a request now
 * @param busy      how many are ringing, on a call or in wrap-up
 * @param onBreak   interpreters on a break they took
 * @param paused    interpreters the roster paused after offers went unanswered
 */
record LanguageCover(List<String> available, int busy, List<String> onBreak, List<String> paused) {

    static final LanguageCover NOBODY = new LanguageCover(List.of(), 0, List.of(), List.of());

    LanguageCover {
        available = List.copyOf(available);
        onBreak = List.copyOf(onBreak);
        paused = List.copyOf(paused);
    }
}
