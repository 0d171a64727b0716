package org.interpreterline.simulator.support;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** The latest entries of a log, in arrival order, bounded so a simulator left running for days keeps the latest. */
public class RecentEntries<T> {

    public static final int MAX_ENTRIES = 10_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<T> entries = new ArrayDeque<>();

    public void record(T entry) {
        lock.lock();
        try {
            entries.add(entry);
            if (entries.size() > MAX_ENTRIES) {
                entries.removeFirst();
            }
        } finally {
            lock.unlock();
        }
    }

    public List<T> entries() {
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
