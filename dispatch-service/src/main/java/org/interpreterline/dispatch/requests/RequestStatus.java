package org.interpreterline.dispatch.requests;

/** Where a request stands. Declared in the order a request normally moves through them. */
public enum RequestStatus {
    OPENED, OFFERED, QUEUED, ASSIGNED, CONNECTED, ESCALATED, CANCELLED, ENDED;

    /** Still looking for (or waiting on) an interpreter: the requester may cancel. */
    public boolean awaitingInterpreter() {
        return this == OPENED || this == OFFERED || this == QUEUED || this == ASSIGNED;
    }

    /** Nothing more will happen for the requester: no longer their open request. */
    public boolean finished() {
        return this == ESCALATED || this == CANCELLED || this == ENDED;
    }
}
