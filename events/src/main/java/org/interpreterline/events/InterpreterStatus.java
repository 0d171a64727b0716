package org.interpreterline.events;

/** Presence of one interpreter as the roster sees it. Only AVAILABLE interpreters are offered requests. */
public enum InterpreterStatus {
    AVAILABLE, OFFERED, ON_CALL, WRAP_UP, BREAK, PAUSED, OFFLINE
}
