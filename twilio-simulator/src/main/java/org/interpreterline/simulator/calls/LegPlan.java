package org.interpreterline.simulator.calls;

/** What an outbound call does once its phone answers (run TwiML, join a conference, bridge to its parent). */
public interface LegPlan {

    /** Runs on the call's own thread until the call is done; may throw {@link HungUp} or {@link Redirected}. */
    void answered(CallLeg leg);

    /** The phone never answered: {@code status} is busy, no-answer, failed or canceled. */
    default void unanswered(CallLeg leg, CallStatus status) {
    }
}
