package org.interpreterline.simulator.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Armed rules "send the next webhook whose URL contains X twice", the way Twilio retries a webhook it believes
 * failed: tests use it to prove the services are idempotent.
 */
@Component
public class DuplicateWebhooks {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> pending = new ArrayList<>();

    public void duplicateNext(String urlContains) {
        lock.lock();
        try {
            pending.add(urlContains);
        } finally {
            lock.unlock();
        }
    }

    /** Consumes the first rule matching this URL. */
    boolean takeMatch(String url) {
        lock.lock();
        try {
            for (int i = 0; i < pending.size(); i++) {
                if (url.contains(pending.get(i))) {
                    pending.remove(i);
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            pending.clear();
        } finally {
            lock.unlock();
        }
    }
}
