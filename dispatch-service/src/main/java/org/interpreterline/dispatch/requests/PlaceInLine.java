package org.interpreterline.dispatch.requests;

import java.util.Comparator;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A queued request's place in line, as its caller hears it on hold: 1 + the queued requests of the same language
 * that the roster serves first (EMERGENCY before URGENT before ROUTINE, then the oldest). Requests ringing an
 * interpreter are not counted, as in the roster's {@code RequestQueued}; unlike that event, the place is read
 * afresh every time, so it goes down while the caller waits.
 */
@Component
public class PlaceInLine {

    private static final Comparator<RequestRecord> SERVING_ORDER = Comparator
            .comparing(RequestRecord::priority, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RequestRecord::openedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final RequestRecords records;

    public PlaceInLine(RequestRecords records) {
        this.records = records;
    }

    public int of(RequestRecord request) {
        return 1 + records.matching(r -> r.status() == RequestStatus.QUEUED
                && !r.requestId().equals(request.requestId())
                && Objects.equals(r.language(), request.language())
                && SERVING_ORDER.compare(r, request) < 0).size();
    }
}
