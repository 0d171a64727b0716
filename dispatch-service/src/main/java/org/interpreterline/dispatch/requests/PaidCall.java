package org.interpreterline.dispatch.requests;

import java.util.Optional;

/**
 * What paying an interpreter needs of one connected call, kept after the request itself is forgotten
 * ({@code LINE_HISTORY_RETENTION}) for {@code LINE_MINUTES_RETENTION}: who interpreted, for which agency, from the
 * interpreter joining to the call's end. Nothing about the officer or the resident: no phone number, no note, no
 * language, no reference (docs/privacy.md).
 */
public record PaidCall(String requestId, String interpreterId, String interpreterName, String agency,
        java.time.Instant connectedAt, java.time.Instant endedAt, String roster) {

    /** A call of the deployment's own roster (and every one kept before several rosters). */
    public PaidCall(String requestId, String interpreterId, String interpreterName, String agency,
            java.time.Instant connectedAt, java.time.Instant endedAt) {
        this(requestId, interpreterId, interpreterName, agency, connectedAt, endedAt, null);
    }

    /** The agency's roster it was for; {@code home} for one kept before several rosters. */
    public String rosterOr(String home) {
        return roster == null ? home : roster;
    }

    /** The paid call of a request whose interpreter joined and whose call has ended, if it is one. */
    public static Optional<PaidCall> of(RequestRecord r) {
        if (r == null || r.connectedAt() == null || r.endedAt() == null || r.interpreterId() == null) {
            return Optional.empty();
        }
        return Optional.of(new PaidCall(r.requestId(), r.interpreterId(), r.interpreterName(), r.agency(),
                r.connectedAt(), r.endedAt(), r.roster()));
    }
}
