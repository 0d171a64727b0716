package org.interpreterline.simulator.control;

import java.util.List;

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

    /**
     * @param line    the line's own number, called or texted when a phone names none
     * @param numbers every number of the account, the line's first
     */
    record Numbers(String line, List<String> numbers) {
    }
}
