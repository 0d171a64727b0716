package org.interpreterline.dispatch.requests;

import java.util.List;

/**
 * Told of every change the record processor writes to a request, on the stream thread, before the change
 * commits: a watcher must be quick, must not throw, and may see a change twice if a transaction is retried.
 */
public interface RequestWatcher {

    void changed(RequestRecord before, RequestRecord after);

    /** One watcher that tells all of {@code watchers}, in order. */
    static RequestWatcher all(List<? extends RequestWatcher> watchers) {
        List<RequestWatcher> copy = List.copyOf(watchers);
        return (before, after) -> copy.forEach(w -> w.changed(before, after));
    }
}
