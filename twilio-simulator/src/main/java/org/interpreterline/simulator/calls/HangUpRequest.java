package org.interpreterline.simulator.calls;

/**
 * Someone ended the call: the phone, the REST API, a {@code <Hangup>}, the other side of a bridge.
 *
 * @param statusIfUnanswered the final status when the call was never answered (canceled, busy …); an answered
 *                           call always ends completed
 */
public record HangUpRequest(CallStatus statusIfUnanswered, String reason) {
}
