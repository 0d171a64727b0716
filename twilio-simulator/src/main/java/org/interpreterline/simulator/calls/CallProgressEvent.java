package org.interpreterline.simulator.calls;

/** Call progress events, as Twilio names them for StatusCallbackEvent. */
public enum CallProgressEvent {
    INITIATED("initiated"),
    RINGING("ringing"),
    ANSWERED("answered"),
    ENDED("completed");

    private final String eventName;

    CallProgressEvent(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }
}
