package org.interpreterline.platform.admin;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was checked: too many failures from its address, or hashing is busy. */
final class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, for a {@code Retry-After} header. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
