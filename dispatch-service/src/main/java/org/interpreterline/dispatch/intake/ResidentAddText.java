package org.interpreterline.dispatch.intake;

/**
 * The answer to {@code ADD <number>}, texted or keyed in, given by the residents feature. An interface here rather than a use of that
 * package: intake only hands the text on, and residents (which reads the request record) stays out of intake's
 * dependencies.
 */
public interface ResidentAddText {

    /** The reply to {@code ADD <typed>} sent as {@code messageSid} by the responder at {@code from}. */
    String add(String typed, String messageSid, String from);

    /**
     * What an officer who stepped out of request {@code requestId}'s call hears after keying in {@code digits}
     * (empty when they keyed nothing).
     *
     * @param occasion what asked, uniquely (the call and the step), so a retried webhook makes the same add
     */
    String addByKeypad(String requestId, String digits, String occasion, String from);
}
