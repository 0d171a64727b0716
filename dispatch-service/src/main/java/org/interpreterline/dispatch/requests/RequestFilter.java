package org.interpreterline.dispatch.requests;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.web.InvalidField;

/**
 * The filters of {@code GET /api/requests}: opened in [from, to), language (tag or name), outcome, roster. A value
 * that cannot be read is a 400 naming the parameter, never silently ignored.
 *
 * @param home the deployment's own roster, which records written before requests named one are for
 */
record RequestFilter(Instant from, Instant to, String language, RequestOutcome outcome, String roster, String home)
        implements Predicate<RequestRecord> {

    static RequestFilter parse(String from, String to, String language, String outcome, String roster,
            LanguageCatalog catalog, LineRosters rosters) {
        return new RequestFilter(instant("from", from), instant("to", to), language(language, catalog),
                outcome == null || outcome.isBlank() ? null : RequestOutcome.fromLabel(outcome).orElseThrow(() ->
                        new InvalidField("outcome", "must be one of connected, escalated, cancelled, failed")),
                rosters.named("roster", roster), rosters.home());
    }

    @Override
    public boolean test(RequestRecord r) {
        return (from == null || (r.openedAt() != null && !r.openedAt().isBefore(from)))
                && (to == null || (r.openedAt() != null && r.openedAt().isBefore(to)))
                && (language == null || language.equals(r.language()))
                && (outcome == null || outcome == r.outcome())
                && (roster == null || roster.equals(r.rosterOr(home)));
    }

    static String language(String typed, LanguageCatalog catalog) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return catalog.byTag(typed).or(() -> catalog.resolve(typed)).map(Language::tag).orElseThrow(() ->
                new InvalidField("language", "'" + typed + "' is not a language the line knows"));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
