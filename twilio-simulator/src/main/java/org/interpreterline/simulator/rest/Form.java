package org.interpreterline.simulator.rest;

import java.util.List;
import org.springframework.util.MultiValueMap;

/** The form (and query) parameters of a Twilio REST request. */
record Form(MultiValueMap<String, String> params) {

    String get(String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }

    String get(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    List<String> all(String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values;
    }

    String required(String name, int code, String message) {
        String value = get(name);
        if (value == null) {
            throw TwilioApiException.badRequest(code, message);
        }
        return value;
    }

    boolean flag(String name, boolean fallback) {
        String value = get(name);
        return value == null ? fallback : Boolean.parseBoolean(value.strip());
    }

    Boolean optionalFlag(String name) {
        String value = get(name);
        return value == null ? null : Boolean.parseBoolean(value.strip());
    }

    int number(String name, int fallback) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw TwilioApiException.badRequest(21201, name + " must be a number");
        }
    }
}
