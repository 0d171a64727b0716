package org.interpreterline.dispatch.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interpreterline.platform.web.CsvField;

/**
 * Requests as CSV (RFC 4180) for spreadsheets: one row per request, no timeline, no phone numbers, and the officers'
 * free-text notes (the field most likely to name a resident) only when asked for, and with them the flags read from
 * them (DV, a child, a death: what the note says in one word). The roster comes last, after the notes too: tools
 * read the columns before it by position.
 */
final class RequestCsv {

    static final List<String> HEADER = List.of("id", "reference", "opened_at", "language", "channel", "priority",
            "agency", "requester_name", "status", "outcome", "interpreter", "offers", "assigned_at", "connected_at",
            "ended_at", "seconds_to_connect", "added_numbers");
    static final String FLAGS = "flags";
    static final String NOTE = "note";
    static final String ROSTER = "roster";

    private RequestCsv() {
    }

    static String header(boolean withNotes) {
        return String.join(",", HEADER) + (withNotes ? "," + FLAGS + "," + NOTE : "") + "," + ROSTER + "\r\n";
    }

    /** @param home the deployment's own roster, which a record written before requests named one is for */
    static String row(RequestRecord r, boolean withNotes, String home) {
        String row = Stream.of(r.requestId(), r.reference(), time(r.openedAt()), r.language(),
                        r.channel() == null ? null : r.channel().label(),
                        r.priority() == null ? null : r.priority().spoken(), r.agency(), r.requesterName(),
                        r.status().name().toLowerCase(java.util.Locale.ROOT),
                        r.outcome() == null ? null : r.outcome().label(), r.interpreterName(),
                        Integer.toString(r.offers().size()), time(r.assignedAt()), time(r.connectedAt()),
                        time(r.endedAt()), r.timeToConnect().map(RequestCsv::seconds).orElse(null), addedNumbers(r))
                .map(CsvField::of).collect(Collectors.joining(","));
        String flags = r.flags().stream().map(Enum::name).collect(Collectors.joining(" "));
        return row + (withNotes ? "," + CsvField.of(flags) + "," + CsvField.of(r.note()) : "") + ","
                + CsvField.of(r.rosterOr(home)) + "\r\n";
    }

    /**
     * The numbers the officer added to the call, masked as the timeline shows them ({@code ***0199 ***0142}); empty
     * when nobody was added.
     */
    static String addedNumbers(RequestRecord r) {
        String joined = r.timeline().stream().filter(e -> ADD.equals(e.event()) && e.summary() != null)
                .flatMap(e -> MASKED.matcher(e.summary()).results().map(java.util.regex.MatchResult::group))
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static final String ADD = TimelineEntry.RESIDENT_ADDED;
    private static final java.util.regex.Pattern MASKED = java.util.regex.Pattern.compile("\\*{3}[0-9]{0,4}");

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }
}
