package org.interpreterline.simulator.rest;

import org.springframework.http.HttpStatus;

/** A REST failure answered in Twilio's error shape (code, message, more_info, status). */
public class TwilioApiException extends RuntimeException {

    private final HttpStatus status;
    private final int code;

    public TwilioApiException(HttpStatus status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static TwilioApiException notFound(String path) {
        return new TwilioApiException(HttpStatus.NOT_FOUND, 20404, "The requested resource " + path + " was not found");
    }

    public static TwilioApiException badRequest(int code, String message) {
        return new TwilioApiException(HttpStatus.BAD_REQUEST, code, message);
    }

    public HttpStatus status() {
        return status;
    }

    public int code() {
        return code;
    }
}
