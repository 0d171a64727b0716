package org.interpreterline.roster.allocation;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.interpreterline.events.Priority;

/**
 * The knobs of the allocator (DESIGN §3). Checked here so a bad setting stops the service at start-up
 * instead of producing odd bookings at 3 a.m.
 *
 * @param offerTimeout             how long one interpreter has to answer an offer
 * @param wrapUp                   rest after a call ends before the next offer
 * @param escalateAfter            a request unassigned this long after it opened goes to the fallback
 * @param escalateAfterEmergency   the same for EMERGENCY requests
 * @param missedOffersBeforePause  offers missed in a row that pause an interpreter
 * @param parallelRing             interpreters rung at once for one request (1..3; first to accept wins)
 * @param fallbackNumber           the commercial provider (E.164), or null when there is none
 * @param tick                     how often deadlines are checked
 * @param maxCall                  how long after accepting an interpreter is taken for still on the call;
 *                                 past it the call is presumed over, so a lost ConferenceEnded cannot keep them
 *                                 ON_CALL for ever. Far longer than any real call: the roster cannot tell a lost
 *                                 end from a long call.
 * @param sameInterpreterWait      how long a request for the officer's interpreter from last time is offered to
 *                                 them alone (if they are AVAILABLE or become so within it) before anyone is asked
 * @param wellbeing                tough calls, rest from flagged calls, night calls spread fairly
 */
public record AllocationPolicy(
        Duration offerTimeout,
        Duration wrapUp,
        Duration escalateAfter,
        Duration escalateAfterEmergency,
        int missedOffersBeforePause,
        int parallelRing,
        String fallbackNumber,
        Duration tick,
        Duration maxCall,
        Duration sameInterpreterWait,
        WellbeingPolicy wellbeing) {

    /** A minute: long enough for an interpreter finishing a wrap-up, short for an officer on the street. */
    public static final Duration DEFAULT_SAME_INTERPRETER_WAIT = Duration.ofSeconds(60);

    /** Four hours: longer than any interpreted call the line has seen. */
    public static final Duration DEFAULT_MAX_CALL = Duration.ofHours(4);

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    public AllocationPolicy {
        positive(offerTimeout, "offerTimeout");
        Objects.requireNonNull(wrapUp, "wrapUp");
        if (wrapUp.isNegative()) {
            throw new IllegalArgumentException("wrapUp must not be negative, was " + wrapUp);
        }
        positive(escalateAfter, "escalateAfter");
        positive(escalateAfterEmergency, "escalateAfterEmergency");
        positive(tick, "tick");
        positive(maxCall, "maxCall");
        positive(sameInterpreterWait, "sameInterpreterWait");
        wellbeing = wellbeing == null ? WellbeingPolicy.defaults() : wellbeing;
        if (missedOffersBeforePause < 1) {
            throw new IllegalArgumentException("missedOffersBeforePause must be at least 1, was " + missedOffersBeforePause);
        }
        if (parallelRing < 1 || parallelRing > 3) {
            throw new IllegalArgumentException("parallelRing must be 1, 2 or 3, was " + parallelRing);
        }
        // an unset environment variable often arrives as "": treat it as "no fallback"
        fallbackNumber = fallbackNumber == null || fallbackNumber.isBlank() ? null : fallbackNumber.strip();
        if (fallbackNumber != null && !E164.matcher(fallbackNumber).matches()) {
            throw new IllegalArgumentException("fallbackNumber must be E.164 like +14125550100, was " + fallbackNumber);
        }
    }

    public AllocationPolicy(Duration offerTimeout, Duration wrapUp, Duration escalateAfter,
            Duration escalateAfterEmergency, int missedOffersBeforePause, int parallelRing, String fallbackNumber,
            Duration tick, Duration maxCall, Duration sameInterpreterWait) {
        this(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency, missedOffersBeforePause, parallelRing,
                fallbackNumber, tick, maxCall, sameInterpreterWait, WellbeingPolicy.defaults());
    }

    public AllocationPolicy(Duration offerTimeout, Duration wrapUp, Duration escalateAfter,
            Duration escalateAfterEmergency, int missedOffersBeforePause, int parallelRing, String fallbackNumber,
            Duration tick, Duration maxCall) {
        this(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency, missedOffersBeforePause, parallelRing,
                fallbackNumber, tick, maxCall, DEFAULT_SAME_INTERPRETER_WAIT);
    }

    public AllocationPolicy(Duration offerTimeout, Duration wrapUp, Duration escalateAfter,
            Duration escalateAfterEmergency, int missedOffersBeforePause, int parallelRing, String fallbackNumber,
            Duration tick) {
        this(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency, missedOffersBeforePause, parallelRing,
                fallbackNumber, tick, DEFAULT_MAX_CALL);
    }

    /** DESIGN §3: 40 s to answer, 30 s wrap-up, escalate after 120 s (60 s EMERGENCY), pause after 3 misses. */
    public static AllocationPolicy defaults() {
        return new AllocationPolicy(Duration.ofSeconds(40), Duration.ofSeconds(30), Duration.ofSeconds(120),
                Duration.ofSeconds(60), 3, 1, null, Duration.ofSeconds(1));
    }

    public AllocationPolicy withFallbackNumber(String number) {
        return new AllocationPolicy(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency,
                missedOffersBeforePause, parallelRing, number, tick, maxCall, sameInterpreterWait, wellbeing);
    }

    public AllocationPolicy withParallelRing(int interpreters) {
        return new AllocationPolicy(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency,
                missedOffersBeforePause, interpreters, fallbackNumber, tick, maxCall, sameInterpreterWait, wellbeing);
    }

    public AllocationPolicy withMaxCall(Duration longest) {
        return new AllocationPolicy(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency,
                missedOffersBeforePause, parallelRing, fallbackNumber, tick, longest, sameInterpreterWait, wellbeing);
    }

    public AllocationPolicy withSameInterpreterWait(Duration wait) {
        return new AllocationPolicy(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency,
                missedOffersBeforePause, parallelRing, fallbackNumber, tick, maxCall, wait, wellbeing);
    }

    public AllocationPolicy withWellbeing(WellbeingPolicy rules) {
        return new AllocationPolicy(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency,
                missedOffersBeforePause, parallelRing, fallbackNumber, tick, maxCall, sameInterpreterWait, rules);
    }

    public boolean hasFallback() {
        return fallbackNumber != null;
    }

    /** How long a request of this priority may wait for an interpreter before it is escalated. */
    public Duration escalateAfter(Priority priority) {
        return priority == Priority.EMERGENCY ? escalateAfterEmergency : escalateAfter;
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
