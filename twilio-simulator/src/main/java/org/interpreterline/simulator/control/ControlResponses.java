package org.interpreterline.simulator.control;

/** Answers of the control API's actions. */
final class ControlResponses {

    private ControlResponses() {
    }

    record CallStarted(String callSid) {
    }

    record MessageSent(String messageSid) {
    }

    record Done(boolean done) {
    }
}
