package org.interpreterline.simulator.control;

/** Bodies of the control API's actions. */
final class ControlRequests {

    private ControlRequests() {
    }

    /** @param to defaults to the line's number */
    record Dial(String to) {
    }

    record Press(String digits) {
    }

    record Say(String speech) {
    }

    /** @param to defaults to the line's number */
    record Sms(String body, String to) {
    }

    record DuplicateNext(String urlContains) {
    }
}
