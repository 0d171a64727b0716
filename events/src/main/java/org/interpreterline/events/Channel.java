package org.interpreterline.events;

/** How the requester reached the line; SMS and API requesters are called back once an interpreter accepted. */
public enum Channel {
    VOICE, SMS, API;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
