package org.interpreterline.dispatch.board;

import java.time.LocalDate;
import java.util.List;

/**
 * The board's figures beside its rows: today's requests, the interpreters per language, the alerts. Also served
 * as JSON ({@code GET /board/figures}) to the same people as the board.
 *
 * @param day       today, in {@code timeZone} (the line's reports time zone)
 * @param today     all of today's requests
 * @param languages one line per language that has an interpreter on duty or a request today, by name
 */
record BoardFigures(LocalDate day, String timeZone, DayCount today, List<LanguageLine> languages,
        FiringAlerts.AlertsNow alerts) {

    /** One language: who interprets it now and what its requests did today. */
    record LanguageLine(String language, String languageName, LanguageCover interpreters, DayCount today) {
    }
}
