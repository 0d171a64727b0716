package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one interpreter has been through lately (value of {@link AllocatorTopology#EXPOSURE_STORE}, key
 * interpreterId): the times of their tough calls and night calls, kept only as long as a rule looks at them. No
 * request, note or number is kept here beyond the id of their latest call.
 *
 * @param toughCalls     when each tough call ended, oldest first
 * @param nightCalls     when each night call was accepted, oldest first
 * @param lastRequestId  their latest call that ended, for a TOUGH texted after it
 * @param lastCounted    whether that call is already counted as tough (a second TOUGH adds nothing)
 * @param reportedDuring the call they texted TOUGH during: counted as tough when it ends
 */
public record Exposure(
        String interpreterId,
        List<Instant> toughCalls,
        List<Instant> nightCalls,
        String lastRequestId,
        boolean lastCounted,
        String reportedDuring) {

    public Exposure {
        Objects.requireNonNull(interpreterId, "interpreterId");
        toughCalls = toughCalls == null ? List.of() : List.copyOf(toughCalls);
        nightCalls = nightCalls == null ? List.of() : List.copyOf(nightCalls);
    }

    static Exposure none(String interpreterId) {
        return new Exposure(interpreterId, List.of(), List.of(), null, false, null);
    }

    /** Tough calls within the window before {@code now}: the figure the coordinator sees. */
    public int toughCallsWithin(WellbeingPolicy policy, Instant now) {
        return countSince(toughCalls, now.minus(policy.toughWindow()), now);
    }

    public int nightCallsWithin(WellbeingPolicy policy, Instant now) {
        return countSince(nightCalls, now.minus(policy.nightWindow()), now);
    }

    /**
     * Whether they are offered only unflagged calls now: their latest tough call made {@code toughCallsBeforeRest}
     * within the window, and the rest that followed it is not over.
     */
    public boolean resting(WellbeingPolicy policy, Instant now) {
        if (toughCalls.isEmpty()) {
            return false;
        }
        Instant latest = toughCalls.getLast();
        return now.isBefore(latest.plus(policy.toughRest()))
                && countSince(toughCalls, latest.minus(policy.toughWindow()), latest) >= policy.toughCallsBeforeRest();
    }

    /** Until when they rest from flagged calls, or null. */
    public Instant restingUntil(WellbeingPolicy policy, Instant now) {
        return resting(policy, now) ? toughCalls.getLast().plus(policy.toughRest()) : null;
    }

    /** They accepted a call at night. */
    Exposure nightCall(Instant acceptedAt, WellbeingPolicy policy) {
        return new Exposure(interpreterId, toughCalls, plus(nightCalls, acceptedAt), lastRequestId, lastCounted,
                reportedDuring).pruned(policy, acceptedAt);
    }

    /** A call of theirs ended: counted as tough if it was flagged or they said so during it. */
    Exposure callEnded(String requestId, boolean flagged, Instant now, WellbeingPolicy policy) {
        boolean counted = flagged || requestId.equals(reportedDuring);
        return new Exposure(interpreterId, counted ? plus(toughCalls, now) : toughCalls, nightCalls, requestId,
                counted, null).pruned(policy, now);
    }

    /** TOUGH texted during the call on {@code requestId}: counted when it ends. */
    Exposure reportedDuring(String requestId) {
        return new Exposure(interpreterId, toughCalls, nightCalls, lastRequestId, lastCounted, requestId);
    }

    /** TOUGH texted after their latest call: it counts, once. */
    Exposure lastCallReported(Instant now, WellbeingPolicy policy) {
        if (lastRequestId == null || lastCounted) {
            return this;
        }
        return new Exposure(interpreterId, plus(toughCalls, now), nightCalls, lastRequestId, true, reportedDuring)
                .pruned(policy, now);
    }

    private Exposure pruned(WellbeingPolicy policy, Instant now) {
        Instant keepFrom = now.minus(policy.keep());
        return new Exposure(interpreterId, toughCalls.stream().filter(t -> !t.isBefore(keepFrom)).toList(),
                nightCalls.stream().filter(t -> !t.isBefore(keepFrom)).toList(), lastRequestId, lastCounted,
                reportedDuring);
    }

    private static int countSince(List<Instant> times, Instant from, Instant to) {
        return (int) times.stream().filter(t -> t.isAfter(from) && !t.isAfter(to)).count();
    }

    private static List<Instant> plus(List<Instant> times, Instant t) {
        List<Instant> copy = new ArrayList<>(times);
        copy.add(t);
        copy.sort(null);
        return copy;
    }
}
