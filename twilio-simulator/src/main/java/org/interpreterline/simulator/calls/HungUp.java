package org.interpreterline.simulator.calls;

/** Unwinds a call's thread once the call was hung up; its driver then records the final status. */
public final class HungUp extends RuntimeException {

    private final HangUpRequest request;

    public HungUp(HangUpRequest request) {
        super(request.reason(), null, false, false);
        this.request = request;
    }

    public HangUpRequest request() {
        return request;
    }
}
