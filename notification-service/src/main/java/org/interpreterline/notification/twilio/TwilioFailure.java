package org.interpreterline.notification.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
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

    /** Twilio was asked and failed for a passing reason on every try: not the called number's doing. */
    static boolean failedEveryTry(TwilioException e) {
        return e != null && !(e instanceof TwilioUnavailable) && passing(e);
    }

    /** Twilio was not asked: the breaker keeps requests from it while it keeps failing. */
    static boolean notAsked(TwilioException e) {
        return e instanceof TwilioUnavailable;
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
