package org.interpreterline.dispatch.board;

import java.time.Instant;
import java.util.Locale;
import org.interpreterline.dispatch.requests.OfferTaken;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestStatus;

/**
 * One line of the live board: a request still waiting for an interpreter, or on a call now. What a supervisor
 * reads from across the room; never a phone number.
 *
 * @param stage       waiting, ringing, queued (the three count as waiting), connecting or on_call
 * @param interpreter who is being rung (ringing), has accepted (connecting) or interprets (on_call)
 * @param offers      interpreters offered the request so far
 */
public record BoardRow(
        String requestId,
        String reference,
        String language,
        String languageName,
        String channel,
        String priority,
        String agency,
        String stage,
        String interpreter,
        Instant openedAt,
        Instant connectedAt,
        int offers) {

    /** Whether the request belongs on the board: still waiting, being connected, or on a call. */
    static boolean shows(RequestRecord r) {
        return r.opened() && (r.status().awaitingInterpreter() || r.status() == RequestStatus.CONNECTED);
    }

    /** Waiting in the sense of {@code line_requests_waiting}: nobody has accepted yet. */
    public boolean waiting() {
        return switch (stage) {
            case "waiting", "ringing", "queued" -> true;
            default -> false;
        };
    }

    static BoardRow of(RequestRecord r, String languageName) {
        String interpreter = switch (r.status()) {
            case OFFERED -> r.offers().isEmpty() ? null : r.offers().getLast().interpreterName();
            case ASSIGNED, CONNECTED -> r.interpreterName();
            default -> null;
        };
        String stage = switch (r.status()) {
            case OPENED -> "waiting";
            case OFFERED -> "ringing";
            case QUEUED -> "queued";
            case ASSIGNED -> "connecting";
            default -> "on_call";
        };
        return new BoardRow(r.requestId(), r.reference(), r.language(), languageName,
                label(r.channel()), label(r.priority()), r.agency(), stage, interpreter, r.openedAt(), r.connectedAt(),
                (int) r.offers().stream().map(OfferTaken::offerId).distinct().count());
    }

    private static String label(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
