package org.interpreterline.events;

/** Declared in serving order: a waiting EMERGENCY request is offered before an URGENT or ROUTINE one. */
public enum Priority {
    EMERGENCY, URGENT, ROUTINE;

    public String spoken() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
