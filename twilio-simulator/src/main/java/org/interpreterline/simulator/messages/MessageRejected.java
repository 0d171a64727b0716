package org.interpreterline.simulator.messages;

/** Twilio refused to send a text, synchronously (the REST call fails with this code). */
public class MessageRejected extends RuntimeException {

    private final int code;

    public MessageRejected(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
