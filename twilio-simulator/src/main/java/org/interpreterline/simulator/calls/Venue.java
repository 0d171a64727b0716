package org.interpreterline.simulator.calls;

/** Where an answered call can sit apart from its TwiML: a conference room. */
public interface Venue {

    String name();

    /** the caller hears hold music: the conference has not started or the participant is on hold */
    boolean holding(CallLeg leg);
}
