package org.interpreterline.simulator.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.CallSummary;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneLine;
import org.interpreterline.simulator.phones.TranscriptLine;
import org.interpreterline.simulator.phones.VirtualPhone;
import org.interpreterline.simulator.support.SerialExecutor;
import org.interpreterline.simulator.twiml.Verb.Gather.InputMode;

/**
 * One call leg: its status, the keys and speech coming from its phone, and the requests from outside (hang up,
 * redirect) that interrupt whatever its thread is doing.
 *
 * <p>Exactly one thread drives a leg (see {@link LegDriver}); everybody else only posts to it. Waiting goes through
 * {@link #await}, which wakes up on any change and throws {@link HungUp} / {@link Redirected} when asked to stop.
 * This leg's lock is a leaf: nothing else is called while it is held (the phone, listeners and conference rooms
 * are told after it is released).
 */
public final class CallLeg implements PhoneLine {

    private enum RingDecision { ANSWER, DECLINE }

    private final CallSetup setup;
    private final VirtualPhone phone;
    private final LegListener listener;
    private final SerialExecutor callbackQueue;
    private final Instant createdAt = Instant.now();
    private final AtomicInteger callbackSequence = new AtomicInteger();
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile CallStatus status = CallStatus.QUEUED;
    private volatile Instant answeredAt;
    private volatile Instant endedAt;
    private volatile boolean discarded;
    // guarded by lock
    private String answeredBy;
    private RingDecision ringDecision;
    private final StringBuilder digits = new StringBuilder();
    private final Deque<String> speech = new ArrayDeque<>();
    private Deque<RecorderInput> recorder; // while a <Record> listens: what the phone says and presses, in order
    private boolean waitingForInput;
    private boolean listening; // the waiting Gather takes speech
    private boolean gatheredOnce;
    private boolean starLeaves;
    private boolean starPressed;
    private HangUpRequest hangUp;
    private TwimlSource redirect;
    private TwimlSource redirectAtAnswer;
    private Venue venue;
    private CallLeg bridgedTo;
    private final List<CallTimelineStep> timeline = new ArrayList<>();
    private final List<CallError> errors = new ArrayList<>();

    CallLeg(CallSetup setup, VirtualPhone phone, LegListener listener, SerialExecutor callbackQueue) {
        this.setup = setup;
        this.phone = phone;
        this.listener = listener;
        this.callbackQueue = callbackQueue;
        record("created: " + setup.direction().value());
    }

    // ---- identity

    public String sid() {
        return setup.sid();
    }

    @Override
    public String callSid() {
        return setup.sid();
    }

    public String accountSid() {
        return setup.accountSid();
    }

    public String from() {
        return setup.from();
    }

    public String to() {
        return setup.to();
    }

    public Direction direction() {
        return setup.direction();
    }

    public String parentCallSid() {
        return setup.parentCallSid();
    }

    public StatusCallbacks callbacks() {
        return setup.callbacks();
    }

    public String machineDetection() {
        return setup.machineDetection();
    }

    public VirtualPhone phone() {
        return phone;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SerialExecutor callbackQueue() {
        return callbackQueue;
    }

    public int nextCallbackSequence() {
        return callbackSequence.getAndIncrement();
    }

    // ---- status (volatile reads: other legs' wait conditions look at them without this leg's lock)

    public CallStatus status() {
        return status;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isEnded() {
        return status.isFinal();
    }

    @Override
    public boolean live() {
        return !status.isFinal();
    }

    /** Forgotten by a reset: it sends no more webhooks. */
    public boolean isDiscarded() {
        return discarded;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String answeredBy() {
        return locked(() -> answeredBy);
    }

    public long durationSeconds() {
        Instant start = answeredAt;
        if (start == null) {
            return 0;
        }
        Instant end = endedAt == null ? Instant.now() : endedAt;
        return Duration.between(start, end).toSeconds();
    }

    void markInitiated() {
        record("initiated");
        listener.progressed(this, CallProgressEvent.INITIATED);
    }

    void markRinging() {
        lock.lock();
        try {
            if (status != CallStatus.QUEUED) {
                return;
            }
            status = CallStatus.RINGING;
            entry("ringing");
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        afterChange(CallProgressEvent.RINGING);
    }

    /** @param by Twilio's AnsweredBy (human, machine_start …) or null when nobody asked */
    public void markAnswered(String by) {
        lock.lock();
        try {
            if (answeredAt != null || status.isFinal()) {
                return;
            }
            answeredAt = Instant.now();
            answeredBy = by;
            status = CallStatus.IN_PROGRESS;
            entry(by == null ? "answered" : "answered by " + by);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        afterChange(CallProgressEvent.ANSWERED);
    }

    /** Ends the leg once; later calls change nothing. */
    boolean finish(CallStatus finalStatus) {
        lock.lock();
        try {
            if (status.isFinal()) {
                return false;
            }
            endedAt = Instant.now();
            status = finalStatus;
            waitingForInput = false;
            listening = false;
            venue = null;
            bridgedTo = null;
            entry(finalStatus.value());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        phone.release(this);
        afterChange(CallProgressEvent.ENDED);
        return true;
    }

    private void afterChange(CallProgressEvent progress) {
        listener.progressed(this, progress);
        watchers.forEach(Runnable::run);
        phone.changed();
    }

    /** Runs on every status change of this leg (a parent waiting on its dialled leg). */
    void watch(Runnable watcher) {
        watchers.add(watcher);
    }

    /** Wakes this leg's thread to look at the world again. */
    void poke() {
        locked(changed::signalAll);
    }

    // ---- requests from outside

    /** Asks the leg to end; its thread unwinds at its next wait. */
    public void hangUp(CallStatus statusIfUnanswered, String reason) {
        lock.lock();
        try {
            if (status.isFinal() || hangUp != null) {
                return;
            }
            hangUp = new HangUpRequest(statusIfUnanswered, reason);
            entry("hang-up requested: " + reason);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * New TwiML for the call. A call still ringing on an outbound leg keeps it for when it is answered (Twilio
     * replaces the original Url); otherwise whatever the call does is abandoned.
     *
     * @return false when the call already ended
     */
    public boolean redirect(TwimlSource source) {
        lock.lock();
        try {
            if (status.isFinal() || hangUp != null) {
                return false;
            }
            if (answeredAt == null && setup.direction() != Direction.INBOUND) {
                redirectAtAnswer = source;
                entry("new TwiML for when answered");
            } else {
                redirect = source;
                entry("redirect requested");
            }
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    TwimlSource takeRedirectAtAnswer() {
        lock.lock();
        try {
            TwimlSource source = redirectAtAnswer;
            redirectAtAnswer = null;
            return source;
        } finally {
            lock.unlock();
        }
    }

    /** The final status an asked-for hang-up will give the call, or null when none is pending. */
    public CallStatus pendingEnd() {
        lock.lock();
        try {
            if (hangUp == null || status.isFinal()) {
                return null;
            }
            return answeredAt != null ? CallStatus.COMPLETED : hangUp.statusIfUnanswered();
        } finally {
            lock.unlock();
        }
    }

    /** A reset forgets the call: it stops quietly. */
    void discard() {
        discarded = true;
        hangUp(CallStatus.CANCELED, "simulator reset");
    }

    // ---- the phone's side

    /** The phone picks up a ringing call. */
    public boolean pickUp() {
        return decide(RingDecision.ANSWER);
    }

    /** The phone rejects a ringing call (the caller gets busy). */
    public boolean decline() {
        return decide(RingDecision.DECLINE);
    }

    private boolean decide(RingDecision decision) {
        lock.lock();
        try {
            if (answeredAt != null || status.isFinal() || setup.direction() == Direction.INBOUND || ringDecision != null) {
                return false;
            }
            ringDecision = decision;
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    boolean hasRingDecision() {
        return locked(() -> ringDecision != null);
    }

    boolean pickedUp() {
        return locked(() -> ringDecision == RingDecision.ANSWER);
    }

    /**
     * Keys pressed on the phone; kept until a Gather takes them (type-ahead). During a Dial with hangupOnStar the
     * first {@code *} is not kept: it ends the Dial (see {@link #pressedStar}). During a Record they go to the
     * recording (a finish key ends it; the others are only tones on it) and are not kept for a Gather.
     *
     * @return false when the call is not answered (or over)
     */
    public boolean press(String keys, boolean automatic) {
        lock.lock();
        try {
            if (answeredAt == null || status.isFinal()) {
                return false;
            }
            int star = starLeaves && !starPressed ? keys.indexOf('*') : -1;
            if (recorder != null) {
                keys.chars().forEach(key -> recorder.add(new RecorderInput.Pressed((char) key)));
            } else if (star >= 0) {
                starPressed = true;
                digits.append(keys, 0, star).append(keys, star + 1, keys.length());
            } else {
                digits.append(keys);
            }
            entry((automatic ? "auto-pressed " : "pressed ") + keys);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        phone.hear(sid(), TranscriptLine.PHONE, (automatic ? "pressed (automatically) " : "pressed ") + keys);
        return true;
    }

    /**
     * Words spoken into the phone: for a speech Gather (kept until one takes them), or, during a Record, what is
     * recorded. Words said before a Record begins are not on the recording.
     */
    public boolean speak(String words) {
        lock.lock();
        try {
            if (answeredAt == null || status.isFinal()) {
                return false;
            }
            if (recorder != null) {
                recorder.add(new RecorderInput.Said(words));
            } else {
                speech.add(words);
            }
            entry("said \"" + words + "\"");
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        phone.hear(sid(), TranscriptLine.PHONE, "said \"" + words + "\"");
        return true;
    }

    /**
     * A Dial with hangupOnStar begins (true) or is over (false). Only a {@code *} pressed in between counts: one
     * typed ahead before the Dial stays for a later Gather.
     */
    public void leaveOnStar(boolean armed) {
        lock.lock();
        try {
            starLeaves = armed;
            starPressed = false;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the phone pressed {@code *} during the current Dial with hangupOnStar. */
    public boolean pressedStar() {
        return locked(() -> starPressed);
    }

    boolean hasInput(Set<InputMode> modes) {
        return locked(() -> modes.contains(InputMode.DTMF) && !digits.isEmpty()
                || modes.contains(InputMode.SPEECH) && !speech.isEmpty());
    }

    Character pollDigit() {
        lock.lock();
        try {
            if (digits.isEmpty()) {
                return null;
            }
            char key = digits.charAt(0);
            digits.deleteCharAt(0);
            return key;
        } finally {
            lock.unlock();
        }
    }

    String pollSpeech() {
        return locked(speech::poll);
    }

    /**
     * A Gather starts waiting for {@code modes}, or stops (an empty set); the first one of a call triggers the
     * phone's scripted keys.
     */
    void gathering(Set<InputMode> modes) {
        boolean waiting = !modes.isEmpty();
        boolean first;
        lock.lock();
        try {
            waitingForInput = waiting;
            listening = modes.contains(InputMode.SPEECH);
            first = waiting && !gatheredOnce;
            gatheredOnce |= waiting;
        } finally {
            lock.unlock();
        }
        phone.changed();
        String scripted = phone.settings().digitsAfterAnswer();
        if (first && scripted != null && phone.settings().behaviour() != Behaviour.VOICEMAIL) {
            press(scripted, true);
        }
    }

    /** A Record starts (true) or stops (false) listening: meanwhile what the phone says and presses goes to it. */
    void recording(boolean listening) {
        locked(() -> {
            recorder = listening ? new ArrayDeque<>() : null;
        });
        phone.changed();
    }

    /** Something was said or pressed into the Record and not taken yet: the Record's condition for {@link #await}. */
    boolean heardWhileRecording() {
        return locked(() -> recorder != null && !recorder.isEmpty());
    }

    /** The next thing said or pressed into the Record, or null. */
    RecorderInput pollRecorded() {
        return locked(() -> recorder == null ? null : recorder.poll());
    }

    // ---- waiting

    /**
     * Waits until {@code ready} holds (evaluated under this leg's lock), the deadline passes, or someone asks the
     * call to stop.
     *
     * @param deadline null = no limit
     * @return whether {@code ready} holds; false on timeout
     * @throws HungUp     the call was hung up
     * @throws Redirected the call must execute other TwiML
     */
    public boolean await(Instant deadline, BooleanSupplier ready) {
        lock.lock();
        try {
            while (true) {
                throwIfStopped();
                if (ready.getAsBoolean()) {
                    return true;
                }
                if (deadline == null) {
                    changed.await();
                } else {
                    long nanos = Duration.between(Instant.now(), deadline).toNanos();
                    if (nanos <= 0) {
                        return false;
                    }
                    changed.awaitNanos(Math.min(nanos, TimeUnit.SECONDS.toNanos(1)));
                }
            }
        } catch (InterruptedException e) {
            // the simulator is shutting down: end quietly
            discarded = true;
            Thread.currentThread().interrupt();
            throw new HungUp(new HangUpRequest(CallStatus.CANCELED, "simulator stopped"));
        } finally {
            lock.unlock();
        }
    }

    /** Throws if the call was asked to stop or move on; otherwise returns at once. */
    public void checkpoint() {
        locked(this::throwIfStopped);
    }

    public void sleep(Duration duration) {
        await(Instant.now().plus(duration), () -> false);
    }

    private void throwIfStopped() {
        if (hangUp != null) {
            throw new HungUp(hangUp);
        }
        if (redirect != null) {
            TwimlSource target = redirect;
            redirect = null;
            throw new Redirected(target);
        }
    }

    // ---- where the call is

    /** Called by the room under its lock; the room tells the phone afterwards. */
    public void enter(Venue room) {
        lock.lock();
        try {
            venue = room;
            entry("joined conference " + room.name());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the room under its lock: the call's Dial is over. */
    public void exit(Venue room) {
        lock.lock();
        try {
            if (venue != room) {
                return;
            }
            venue = null;
            entry("left conference " + room.name());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public Venue venue() {
        return locked(() -> venue);
    }

    void bridge(CallLeg other) {
        lock.lock();
        try {
            bridgedTo = other;
            if (other != null) {
                entry("bridged with " + other.sid());
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- what happened

    /** Something the line said or played to this phone. */
    public void say(String text) {
        record("line: " + text);
        if (!discarded) {
            phone.hear(sid(), TranscriptLine.LINE, text);
        }
    }

    /** A call event the person on the phone would notice (ringing, hold music, connected …). */
    public void tell(String text) {
        record(text);
        if (!discarded) { // a reset call must not write into the next test's transcript
            phone.hear(sid(), TranscriptLine.SYSTEM, text);
        }
    }

    /** A call event for the call log only. */
    public void record(String event) {
        locked(() -> entry(event));
    }

    public void error(int code, String message, String url) {
        lock.lock();
        try {
            errors.add(new CallError(Instant.now(), code, message, url));
            entry("error " + code + ": " + message);
        } finally {
            lock.unlock();
        }
        if (!discarded) {
            phone.hear(sid(), TranscriptLine.SYSTEM, "error " + code);
        }
    }

    private void entry(String event) {
        timeline.add(new CallTimelineStep(Instant.now(), event));
    }

    /** What {@code read} sees under this leg's lock; the lock is a leaf, so {@code read} calls nothing else. */
    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private void locked(Runnable change) {
        lock.lock();
        try {
            change.run();
        } finally {
            lock.unlock();
        }
    }

    // ---- views

    @Override
    public PhoneCallState phoneState() {
        Venue room;
        lock.lock();
        try {
            if (status.isFinal()) {
                return PhoneCallState.IDLE;
            }
            if (answeredAt == null) {
                return PhoneCallState.RINGING;
            }
            room = venue;
        } finally {
            lock.unlock();
        }
        // asked outside this leg's lock: the room takes its own
        if (room == null) {
            return PhoneCallState.IN_CALL;
        }
        return room.holding(this) ? PhoneCallState.ON_HOLD : PhoneCallState.IN_CONFERENCE;
    }

    @Override
    public String conferenceName() {
        Venue room = venue();
        return room == null ? null : room.name();
    }

    @Override
    public boolean waitingForInput() {
        return locked(() -> waitingForInput);
    }

    @Override
    public boolean listening() {
        return locked(() -> listening);
    }

    @Override
    public boolean recording() {
        return locked(() -> recorder != null);
    }

    @Override
    public CallSummary summary() {
        boolean incoming = setup.direction() != Direction.INBOUND;
        return new CallSummary(sid(), incoming ? "incoming" : "outgoing", incoming ? from() : to(), status.value(),
                createdAt, endedAt);
    }

    public CallView view(List<CallView> legs) {
        lock.lock();
        try {
            return new CallView(sid(), from(), to(), direction(), status, parentCallSid(), answeredBy, createdAt,
                    answeredAt, endedAt, durationSeconds(), venue == null ? null : venue.name(), List.copyOf(errors),
                    List.copyOf(timeline), legs);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "CallLeg[" + sid() + " " + direction().value() + " " + status.value() + "]";
    }
}
