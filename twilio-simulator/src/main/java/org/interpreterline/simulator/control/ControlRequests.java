package org.interpreterline.simulator.control;

/** Bodies of the control API's actions. */
final class ControlRequests {

    private ControlRequests() {
    }

    /** @param to one of the account's numbers; defaults to the line's own */
    record Dial(String to) {
    }

    record Press(String digits) {
    }

    record Say(String speech) {
    }

    /** @param to one of the account's numbers; defaults to the line's own */
    record Sms(String body, String to) {
    }

    record DuplicateNext(String urlContains) {
    }
}
