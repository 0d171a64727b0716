package org.interpreterline.simulator.calls;

/** Unwinds whatever the call was doing because it must now execute other TwiML (REST update, Redirect). */
public final class Redirected extends RuntimeException {

    private final TwimlSource target;

    public Redirected(TwimlSource target) {
        super("redirected", null, false, false);
        this.target = target;
    }

    public TwimlSource target() {
        return target;
    }
}
