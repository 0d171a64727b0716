package org.interpreterline.notification.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;
import org.interpreterline.events.calls.CallNotPlaced;
import org.interpreterline.events.calls.CallPurpose;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** What a failed Twilio request says about trying it again. */
final class TwilioFailure {

    private static final int TOO_MANY_REQUESTS = 429;

    private TwilioFailure() {
    }

    /** Twilio was busy, failed or did not answer in time: the same request may well work a moment later. */
    static boolean passing(Throwable e) {
        if (!(e instanceof TwilioException)) {
            return false;
        }
        Integer status = status(e);
        return status != null ? status == TOO_MANY_REQUESTS || status >= 500 : cause(e, IOException.class);
    }

    /**
     * The line's call that Twilio did not place, saying whose doing it was: {@code cause} null when the line did not
     * ask Twilio (no number to call); the breaker's refusal ({@link TwilioUnavailable}) is Twilio not asked; a passing
     * failure (5xx, 429, a timeout) that outlived the retries is Twilio failing, not the number called.
     */
    static CallNotPlaced notPlaced(Instant at, String rosterId, CallPurpose purpose, String requestId, String offerId,
            String error, TwilioException cause) {
        boolean notAsked = cause instanceof TwilioUnavailable;
        return new CallNotPlaced(UUID.randomUUID(), at, rosterId, purpose, requestId, offerId, error, notAsked,
                cause != null && !notAsked && passing(cause));
    }

    /** Twilio certainly did nothing: it refused the request (429), or the request never reached it. */
    static boolean nothingDone(Throwable e) {
        Integer status = status(e);
        if (status != null) {
            return status == TOO_MANY_REQUESTS;
        }
        return cause(e, ConnectException.class) || cause(e, ConnectTimeoutException.class)
                || cause(e, NoRouteToHostException.class) || cause(e, UnknownHostException.class);
    }

    private static Integer status(Throwable e) {
        if (e instanceof ApiException api) {
            return api.getStatusCode() != null ? api.getStatusCode() : api.getHttpStatusCode();
        }
        return null;
    }

    private static boolean cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
