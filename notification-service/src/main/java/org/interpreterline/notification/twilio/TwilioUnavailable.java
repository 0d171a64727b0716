package org.interpreterline.notification.twilio;

import com.twilio.exception.ApiConnectionException;

/** Twilio was not asked: its circuit breaker is open after failures one after another. */
public class TwilioUnavailable extends ApiConnectionException {

    TwilioUnavailable(Throwable cause) {
        super("Twilio is failing: not asked (circuit breaker open)", cause);
    }
}
