package org.interpreterline.simulator.client;

/** The simulator refused a control request (or could not be reached). */
public class SimulatorClientException extends RuntimeException {

    private final int status;

    public SimulatorClientException(int status, String message) {
        super(message);
        this.status = status;
    }

    public SimulatorClientException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** HTTP status, 0 when there was no answer */
    public int status() {
        return status;
    }
}
