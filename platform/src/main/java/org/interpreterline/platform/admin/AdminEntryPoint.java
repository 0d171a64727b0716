package org.interpreterline.platform.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 with the Basic challenge (the board's browser asks for the password), or 429 for a throttled login. */
final class AdminEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "Interpreter Line";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failed)
            throws IOException {
        if (failed instanceof LoginThrottled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            ProblemAnswer.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Login refused without a password check (" + throttled.getMessage() + "); retry after "
                            + throttled.retryAfterSeconds() + " s");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        ProblemAnswer.write(request, response, HttpStatus.UNAUTHORIZED, "The admin credentials are required");
    }
}
