package org.interpreterline.simulator.phones;

/** A call as the phone at one end of it sees it (implemented by the call leg). */
public interface PhoneLine {

    String callSid();

    /** false once the call ended */
    boolean live();

    PhoneCallState phoneState();

    /** the conference this call sits in, or null */
    String conferenceName();

    /** a Gather is waiting for keys or speech */
    boolean waitingForInput();

    /** the waiting Gather takes speech (and maybe keys too) */
    boolean listening();

    /** a Record is recording what the phone says */
    boolean recording();

    CallSummary summary();
}
