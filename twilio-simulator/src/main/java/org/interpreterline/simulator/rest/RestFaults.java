package org.interpreterline.simulator.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The REST API misbehaviours in force, in the order they were set; the first that matches a request applies. */
@Component
public class RestFaults {

    private final List<Armed> armed = new ArrayList<>();

    public synchronized void add(RestFault fault) {
        if (fault.delayMs() < 0 || fault.times() < 0 || (fault.status() != 0 && (fault.status() < 400
                || fault.status() > 599))) {
            throw new IllegalArgumentException("delayMs and times must not be negative; status is 0 or 400-599");
        }
        armed.add(new Armed(fault, fault.times()));
    }

    public synchronized void clear() {
        armed.clear();
    }

    public synchronized List<RestFault> all() {
        return armed.stream().map(Armed::fault).toList();
    }

    /** The fault for this request, using up one of its times. */
    synchronized Optional<RestFault> take(String method, String path, String to) {
        for (int i = 0; i < armed.size(); i++) {
            Armed a = armed.get(i);
            if (matches(a.fault(), method, path, to)) {
                if (a.left() == 1) {
                    armed.remove(i);
                } else if (a.left() > 1) {
                    armed.set(i, new Armed(a.fault(), a.left() - 1));
                }
                return Optional.of(a.fault());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(RestFault fault, String method, String path, String to) {
        return (fault.method() == null || fault.method().equalsIgnoreCase(method))
                && (fault.pathContains() == null || path.toLowerCase(java.util.Locale.ROOT)
                        .contains(fault.pathContains().toLowerCase(java.util.Locale.ROOT)))
                && (fault.to() == null || fault.to().equals(to));
    }

    private record Armed(RestFault fault, int left) {
    }
}
