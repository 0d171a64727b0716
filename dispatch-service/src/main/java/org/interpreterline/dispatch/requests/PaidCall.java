package org.interpreterline.dispatch.requests;

import java.util.Optional;

/**
 * What paying an interpreter needs of one connected call, kept after the request itself is forgotten
 * ({@code LINE_HISTORY_RETENTION}) for {@code LINE_MINUTES_RETENTION}: who interpreted, for which agency, from the
 * interpreter joining to the call's end. Nothing about the officer or the resident: no phone number, no note, no
 * language, no reference (docs/privacy.md).
 */
public record PaidCall(String requestId, String interpreterId, String interpreterName, String agency,
        java.time.Instant connectedAt, java.time.Instant endedAt) {

    /** The paid call of a request whose interpreter joined and whose call has ended, if it is one. */
    public static Optional<PaidCall> of(RequestRecord r) {
        if (r == null || r.connectedAt() == null || r.endedAt() == null || r.interpreterId() == null) {
            return Optional.empty();
        }
        return Optional.of(new PaidCall(r.requestId(), r.interpreterId(), r.interpreterName(), r.agency(),
                r.connectedAt(), r.endedAt()));
    }
}
