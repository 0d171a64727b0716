package org.interpreterline.platform.web;

/** Thrown by admin endpoints for a value that passes bean validation but is still wrong (an unknown language). */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
