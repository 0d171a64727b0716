package org.interpreterline.notification.calls;

/** The call desk's stores cannot be read on this instance right now (starting, rebalancing, restoring, stopped). */
public class CallBookUnavailable extends RuntimeException {

    public CallBookUnavailable(String why, Throwable cause) {
        super("The call desk's stores cannot be read: " + why, cause);
    }
}
