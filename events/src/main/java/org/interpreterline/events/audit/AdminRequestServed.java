package org.interpreterline.events.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One request to the admin API or the board, answered: a read of the request history, the board, an export or a
 * report, or a change to the roster or the responders.
 *
 * @param service the service that answered it
 * @param user    who asked (the authenticated user name)
 * @param path    what was asked for, phone numbers in it masked
 * @param query   the filter (the query string), phone numbers in it masked; null when none
 * @param status  the HTTP status it was answered with
 * @param rows    how many rows a list, an export or a report carried; null for anything else
 */
public record AdminRequestServed(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String service,
        String user,
        String method,
        String path,
        String query,
        int status,
        Integer rows) implements AuditEvent {

    public AdminRequestServed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(path, "path");
    }
}
