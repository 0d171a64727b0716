package org.interpreterline.events.notification;

/** Why the line texted someone; shown on the request timeline. */
public enum MessagePurpose {
    ACKNOWLEDGED, QUEUED, INTERPRETER_FOUND, FALLBACK, CANCELLED, PRESENCE, PAUSED, OTHER,
    /** Whether the interpreter from the officer's last call is coming, or another is being found. */
    SAME_INTERPRETER,
    /** How the call to a resident the officer added turned out. */
    RESIDENT_ADDED,
    /** The language a resident tapped on the officer's language card: "reply YES". */
    LANGUAGE_CARD
}
