package org.interpreterline.dispatch.requests;

/**
 * Where a request for the officer's interpreter from last time ({@code AGAIN}, voice menu 9) stands: what a holding
 * caller hears and a STATUS text says. Null on a record for a request for anyone.
 */
public enum SameInterpreter {
    /** Offered to them alone for now (or waiting for them to be free). */
    ASKED,
    /** They accepted: they are the one bridged or calling back. */
    ACCEPTED,
    /** They declined, could not take it, did not answer or were not free in time: another interpreter is found. */
    ANYONE
}
