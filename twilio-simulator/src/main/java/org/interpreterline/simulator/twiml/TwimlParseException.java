package org.interpreterline.simulator.twiml;

/** The document is not valid TwiML (Twilio error 12100). */
public class TwimlParseException extends Exception {

    public TwimlParseException(String message) {
        super(message);
    }

    public TwimlParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
