package org.interpreterline.simulator.phones;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.interpreterline.simulator.events.SimEvents;

/**
 * A scripted phone: its settings, the call it is on (one at a time: a second call finds it busy), what it heard
 * and pressed, its texts and its call history.
 *
 * <p>Lock order: this phone's lock is taken last and never held while asking a call for its state.
 */
public final class VirtualPhone {

    private final String number;
    private final SimEvents events;
    private final AtomicReference<PhoneLine> active = new AtomicReference<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final List<TranscriptLine> transcript = new ArrayList<>();
    private final List<InboxMessage> inbox = new ArrayList<>();
    private final List<PhoneLine> calls = new ArrayList<>();
    private volatile PhoneSettings settings;

    VirtualPhone(String number, PhoneSettings settings, SimEvents events) {
        this.number = number;
        this.settings = settings;
        this.events = events;
    }

    public String number() {
        return number;
    }

    public PhoneSettings settings() {
        return settings;
    }

    void configure(PhoneSettings settings) {
        this.settings = settings;
        changed();
    }

    /** Takes the phone for this call; false when it is already on another live call (busy). */
    public boolean occupy(PhoneLine line) {
        lock.lock();
        try {
            PhoneLine current = active.get();
            if (current != null && current != line && current.live()) {
                return false;
            }
            active.set(line);
            if (!calls.contains(line)) {
                calls.add(line);
            }
        } finally {
            lock.unlock();
        }
        changed();
        return true;
    }

    public void release(PhoneLine line) {
        if (active.compareAndSet(line, null)) {
            changed();
        }
    }

    public Optional<PhoneLine> activeLine() {
        PhoneLine line = active.get();
        return line != null && line.live() ? Optional.of(line) : Optional.empty();
    }

    public void hear(String callSid, String speaker, String text) {
        lock.lock();
        try {
            transcript.add(new TranscriptLine(Instant.now(), speaker, text, callSid));
        } finally {
            lock.unlock();
        }
        events.publish("phone", number, "speaker", speaker, "text", text, "callSid", callSid);
    }

    public void receive(InboxMessage message) {
        lock.lock();
        try {
            inbox.add(message);
        } finally {
            lock.unlock();
        }
        events.publish("message", message.sid(), "to", number, "from", message.from(), "body", message.body());
    }

    /** Forgets calls, transcript and texts; keeps the settings. */
    public void forgetActivity() {
        lock.lock();
        try {
            active.set(null);
            transcript.clear();
            inbox.clear();
            calls.clear();
        } finally {
            lock.unlock();
        }
    }

    public void changed() {
        PhoneLine line = activeLine().orElse(null);
        events.publish("phone", number, "callState", line == null ? PhoneCallState.IDLE.value() : line.phoneState().value(),
                "callSid", line == null ? null : line.callSid());
    }

    public PhoneView view() {
        List<TranscriptLine> heard;
        List<InboxMessage> texts;
        List<PhoneLine> history;
        lock.lock();
        try {
            heard = List.copyOf(transcript);
            texts = List.copyOf(inbox);
            history = List.copyOf(calls);
        } finally {
            lock.unlock();
        }
        PhoneLine line = activeLine().orElse(null);
        PhoneSettings current = settings;
        return new PhoneView(number, current.name(), current.behaviour(), current.answerAfterMs(),
                current.digitsAfterAnswer(), current.smsFails(),
                line == null ? PhoneCallState.IDLE : line.phoneState(),
                line == null ? null : line.callSid(),
                line == null ? null : line.conferenceName(),
                line != null && line.waitingForInput(),
                heard, texts, history.stream().map(PhoneLine::summary).toList(),
                line != null && line.recording(),
                line != null && line.listening());
    }
}
