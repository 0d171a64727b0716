package org.interpreterline.notification.texts;

/** Every text the line sends an interpreter, in one place for review. */
public final class InterpreterNotices {

    private InterpreterNotices() {
    }

    /** Sent when the roster paused them (missed offers in a row): how to come back. */
    public static String paused() {
        return "Interpreter Line: you missed several calls in a row, so we paused your offers. "
                + "Text ON when you are ready to take calls again.";
    }
}
