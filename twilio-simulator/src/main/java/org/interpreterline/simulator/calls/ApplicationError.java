package org.interpreterline.simulator.calls;

/**
 * The call's application failed (Twilio debugger codes: 11200 HTTP retrieval failure, 12100 document parse
 * failure, 11100 invalid URL). Twilio then tells the caller and hangs up.
 */
final class ApplicationError extends Exception {

    static final int HTTP_RETRIEVAL_FAILURE = 11200;
    static final int DOCUMENT_PARSE_FAILURE = 12100;
    static final int INVALID_URL = 11100;

    private final int code;
    private final String url;

    ApplicationError(int code, String message, String url) {
        super(message, null, false, false);
        this.code = code;
        this.url = url;
    }

    int code() {
        return code;
    }

    String url() {
        return url;
    }
}
