package org.interpreterline.dispatch.board;

import java.util.Collection;
import org.interpreterline.dispatch.requests.RequestOutcome;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.events.roster.RequestEscalated;

/**
 * What happened to a set of requests (today's, or today's in one language), as the board shows it.
 *
 * @param opened                requests opened
 * @param connected             of those, requests whose interpreter was bridged (whatever happened after)
 * @param cancelled             of those, requests the requester cancelled before an interpreter was bridged
 * @param escalated             of those, requests sent to the fallback provider (or escalated with no fallback)
 * @param fillRate              connected ÷ opened, 0 to 1; null when nothing was opened
 * @param medianToConnectMillis median time from opened to interpreter bridged over the connected requests (of an
 *                              even count, the mean of the middle two, rounded down); null when none connected
 */
record DayCount(int opened, int connected, int cancelled, int escalated, Double fillRate, Long medianToConnectMillis) {

    private static final String ESCALATION = RequestEscalated.class.getSimpleName();

    static DayCount of(Collection<RequestRecord> requests) {
        long[] toConnect = requests.stream().flatMap(r -> r.timeToConnect().stream())
                .mapToLong(java.time.Duration::toMillis).sorted().toArray();
        int opened = requests.size();
        int cancelled = (int) requests.stream().filter(r -> r.outcome() == RequestOutcome.CANCELLED).count();
        int escalated = (int) requests.stream().filter(DayCount::escalated).count();
        return new DayCount(opened, toConnect.length, cancelled, escalated,
                opened == 0 ? null : toConnect.length / (double) opened, median(toConnect));
    }

    /** Sent to the fallback, or told about with no fallback configured (the request then keeps waiting). */
    private static boolean escalated(RequestRecord r) {
        return r.outcome() == RequestOutcome.ESCALATED
                || r.timeline().stream().anyMatch(e -> ESCALATION.equals(e.event()));
    }

    private static Long median(long[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
