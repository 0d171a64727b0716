package org.interpreterline.simulator.messages;

import java.time.Instant;

/**
 * A text as Twilio keeps it.
 *
 * @param direction outbound-api (sent through the REST API), inbound (a phone texted the line) or outbound-reply
 *                  (a {@code <Message>} answer)
 */
public record SmsRecord(String sid, String accountSid, String from, String to, String body, String direction,
                        String status, Instant createdAt, Instant sentAt, Integer errorCode, String errorMessage) {

    SmsRecord withStatus(String newStatus, Instant sent) {
        return new SmsRecord(sid, accountSid, from, to, body, direction, newStatus, createdAt, sent, errorCode, errorMessage);
    }

    SmsRecord failed(int code, String message) {
        return new SmsRecord(sid, accountSid, from, to, body, direction, "failed", createdAt, sentAt, code, message);
    }

    /** Twilio bills (and reports) GSM-7 texts in 160-character segments (153 when split), others in 70 (67). */
    public int segments() {
        boolean gsm = body.chars().allMatch(c -> c < 128);
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return body.length() <= single ? 1 : (body.length() + part - 1) / part;
    }
}
