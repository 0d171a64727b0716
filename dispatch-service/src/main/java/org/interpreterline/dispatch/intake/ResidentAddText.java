package org.interpreterline.dispatch.intake;

/**
 * The answer to {@code ADD <number>}, given by the residents feature. An interface here rather than a use of that
 * package: intake only hands the text on, and residents (which reads the request record) stays out of intake's
 * dependencies.
 */
public interface ResidentAddText {

    /** The reply to {@code ADD <typed>} sent as {@code messageSid} by the responder at {@code from}. */
    String add(String typed, String messageSid, String from);
}
