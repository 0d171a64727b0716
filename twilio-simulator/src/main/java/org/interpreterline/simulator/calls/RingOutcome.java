package org.interpreterline.simulator.calls;

/**
 * How ringing a phone ended.
 *
 * @param status     in-progress when answered, otherwise busy / no-answer / failed
 * @param answeredBy Twilio's AnsweredBy when answered and machine detection was asked for
 */
record RingOutcome(CallStatus status, String answeredBy) {

    static RingOutcome answered(String answeredBy) {
        return new RingOutcome(CallStatus.IN_PROGRESS, answeredBy);
    }

    static RingOutcome not(CallStatus status) {
        return new RingOutcome(status, null);
    }

    boolean isAnswered() {
        return status == CallStatus.IN_PROGRESS;
    }
}
