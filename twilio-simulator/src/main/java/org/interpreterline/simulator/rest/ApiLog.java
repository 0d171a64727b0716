package org.interpreterline.simulator.rest;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/** Every Twilio REST request received, in arrival order. */
@Component
public class ApiLog {

    static final int MAX_ENTRIES = 10_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<ApiLogEntry> entries = new ArrayDeque<>();

    void record(ApiLogEntry entry) {
        lock.lock();
        try {
            entries.add(entry);
            if (entries.size() > MAX_ENTRIES) {
                entries.removeFirst(); // a simulator left running for days keeps the latest
            }
        } finally {
            lock.unlock();
        }
    }

    public List<ApiLogEntry> entries() {
        lock.lock();
        try {
            return List.copyOf(entries);
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            entries.clear();
        } finally {
            lock.unlock();
        }
    }
}
