package org.interpreterline.dispatch.intake;

/**
 * The answer to {@code ADD <number>}, given by the residents feature. An interface here rather than a use of that
 * package: the feature reads the request record, which leads back to intake through the kafka package, and a
 * direct use would close a package cycle.
 */
public interface ResidentAddText {

    /** The reply to {@code ADD <typed>} sent as {@code messageSid} by the responder at {@code from}. */
    String add(String typed, String messageSid, String from);
}
