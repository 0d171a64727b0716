package org.interpreterline.simulator.calls;

import org.interpreterline.simulator.twiml.Verb;

/** Carries out {@code <Dial><Conference>} (implemented by the conferences feature). */
public interface ConferenceJoiner {

    /**
     * Puts the call in the conference and returns when it leaves it; throws {@link HungUp} / {@link Redirected}.
     *
     * @param hangupOnStar the phone pressing {@code *} leaves the conference (the call goes on)
     */
    void attend(CallLeg leg, Verb.ConferenceTarget target, boolean hangupOnStar);
}
