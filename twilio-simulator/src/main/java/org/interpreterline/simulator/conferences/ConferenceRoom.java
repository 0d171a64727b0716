package org.interpreterline.simulator.conferences;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.interpreterline.simulator.calls.CallError;
import org.interpreterline.simulator.calls.CallLeg;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.calls.Venue;
import org.interpreterline.simulator.support.SerialExecutor;
import org.interpreterline.simulator.support.TwilioTime;

/**
 * One conference, by friendly name, as Twilio runs it: it starts when a participant with startConferenceOnEnter
 * is in it (the others hear hold music until then) and ends when a participant with endConferenceOnExit leaves or
 * the last one does. Status callbacks go to every participant's subscription, in order, one at a time.
 *
 * <p>Lock order: this room's lock comes before any call leg's or phone's; where a call sits changes under it,
 * transcripts and live events follow after it is released.
 */
public final class ConferenceRoom implements Venue {

    private final String sid;
    private final String friendlyName;
    private final String accountSid;
    private final Instant createdAt = Instant.now();
    private final ConferenceNotifier notifier;
    private final SerialExecutor callbackQueue;
    private final SerialExecutor announcements;
    private final Consumer<ConferenceRoom> onEnded;

    private final ReentrantLock lock = new ReentrantLock();
    private volatile ConferenceStatus status = ConferenceStatus.INIT;
    private volatile boolean discarded;
    // guarded by lock
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private int sequence;
    private boolean everJoined;
    private Instant startedAt;
    private Instant endedAt;
    private String reasonEnded;
    private String callSidEnding;
    private final List<CallError> errors = new ArrayList<>();

    /**
     * @param callbackQueue its status callbacks, in order
     * @param announcements its announcements, in order (apart from the callbacks: a slow announcement URL must not
     *                      hold them up)
     */
    ConferenceRoom(String sid, String friendlyName, String accountSid, ConferenceNotifier notifier,
                   SerialExecutor callbackQueue, SerialExecutor announcements, Consumer<ConferenceRoom> onEnded) {
        this.sid = sid;
        this.friendlyName = friendlyName;
        this.accountSid = accountSid;
        this.notifier = notifier;
        this.callbackQueue = callbackQueue;
        this.announcements = announcements;
        this.onEnded = onEnded;
    }

    public String sid() {
        return sid;
    }

    @Override
    public String name() {
        return friendlyName;
    }

    public String accountSid() {
        return accountSid;
    }

    public ConferenceStatus status() {
        return status;
    }

    public boolean isCompleted() {
        return status == ConferenceStatus.COMPLETED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** A REST participant being dialled: listed (queued / ringing) before it joins. */
    boolean expect(CallLeg leg, ParticipantOptions options) {
        lock.lock();
        try {
            if (isCompleted()) {
                return false;
            }
            participants.put(leg.sid(), new Participant(leg, options));
            subscribe(options.subscription());
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** @return false when this room has ended in the meantime (join a new one by the same name) */
    boolean join(CallLeg leg, ParticipantOptions options) {
        List<Runnable> after = new ArrayList<>();
        lock.lock();
        try {
            if (isCompleted()) {
                return false;
            }
            Participant participant = participants.computeIfAbsent(leg.sid(), s -> new Participant(leg, options));
            participant.connected = true;
            everJoined = true;
            subscribe(participant.options.subscription());
            emit("participant-join", participant, Map.of());
            boolean starts = status == ConferenceStatus.INIT && participant.options.startConferenceOnEnter();
            if (starts) {
                status = ConferenceStatus.IN_PROGRESS;
                startedAt = Instant.now();
                emit("conference-start", participant, Map.of());
                for (Participant other : participants.values()) {
                    if (other != participant && other.connected) {
                        after.add(() -> other.leg.tell("conference " + friendlyName + " started"));
                    }
                }
            }
            boolean mixing = status == ConferenceStatus.IN_PROGRESS;
            String waitUrl = participant.options.waitUrl();
            leg.enter(this); // before the lock is released: an end right after must find the call inside
            after.addFirst(() -> {
                leg.tell(mixing ? "joined conference " + friendlyName
                        : "on hold in conference " + friendlyName + ": hold music" + (waitUrl == null ? "" : " (" + waitUrl + ")"));
                leg.phone().changed();
            });
        } finally {
            lock.unlock();
        }
        after.forEach(Runnable::run);
        return true;
    }

    /**
     * The call leaves: hung up, moved elsewhere by the REST API, or removed.
     *
     * @param reason     Twilio's ReasonParticipantLeft
     * @param callStatus the call's status as reported in ParticipantCallStatus
     * @return false when the call was not in the room (any more)
     */
    boolean leave(CallLeg leg, String reason, String callStatus) {
        List<Runnable> after = new ArrayList<>();
        lock.lock();
        try {
            Participant participant = participants.remove(leg.sid());
            if (participant == null || !participant.connected) {
                return false;
            }
            emit("participant-leave", participant, Map.of("ReasonParticipantLeft", reason, "ParticipantCallStatus", callStatus));
            leg.exit(this);
            after.add(() -> leg.phone().changed());
            if (!isCompleted()) {
                if (participant.options.endConferenceOnExit()) {
                    end("participant-with-end-conference-on-exit-left", participant, after);
                } else if (participants.values().stream().noneMatch(p -> p.connected)) {
                    end("last-participant-left", participant, after);
                }
            }
        } finally {
            lock.unlock();
        }
        after.forEach(Runnable::run);
        return true;
    }

    /** A REST participant never answered. */
    void dropExpected(CallLeg leg) {
        List<Runnable> after = new ArrayList<>();
        lock.lock();
        try {
            Participant participant = participants.get(leg.sid());
            if (participant == null || participant.connected) {
                return;
            }
            participants.remove(leg.sid());
            if (participants.isEmpty() && !isCompleted()) {
                end("last-participant-left", participant, after);
            }
        } finally {
            lock.unlock();
        }
        after.forEach(Runnable::run);
    }

    /** REST {@code Status=completed}. */
    public void endViaApi() {
        List<Runnable> after = new ArrayList<>();
        lock.lock();
        try {
            if (!isCompleted()) {
                end("conference-ended-via-api", null, after);
            }
        } finally {
            lock.unlock();
        }
        after.forEach(Runnable::run);
    }

    /** REST participant update: hold / muted; nulls leave a flag as it is. @return false if not a participant */
    public boolean update(String callSid, Boolean hold, Boolean muted) {
        List<Runnable> after = new ArrayList<>();
        lock.lock();
        try {
            Participant participant = participants.get(callSid);
            if (participant == null) {
                return false;
            }
            if (hold != null && hold != participant.hold) {
                participant.hold = hold;
                emit(hold ? "participant-hold" : "participant-unhold", participant, Map.of());
                after.add(() -> participant.leg.tell(hold ? "on hold: hold music" : "back from hold"));
            }
            if (muted != null && muted != participant.muted) {
                participant.muted = muted;
                emit(muted ? "participant-mute" : "participant-unmute", participant, Map.of());
                after.add(() -> participant.leg.tell(muted ? "muted" : "unmuted"));
            }
            after.add(() -> participant.leg.phone().changed());
        } finally {
            lock.unlock();
        }
        after.forEach(Runnable::run);
        return true;
    }

    /** REST participant delete: the call leaves the conference (its TwiML continues after the Dial). */
    public boolean kick(String callSid) {
        Participant participant;
        boolean connected;
        lock.lock();
        try {
            participant = participants.get(callSid);
            connected = participant != null && participant.connected;
        } finally {
            lock.unlock();
        }
        if (participant == null) {
            return false;
        }
        if (connected) {
            leave(participant.leg, "participant_was_kicked", CallStatus.IN_PROGRESS.value());
        } else {
            participant.leg.hangUp(CallStatus.CANCELED, "removed from conference " + friendlyName);
        }
        return true;
    }

    /** REST AnnounceUrl: {@code announcement} runs after any earlier one of this room. */
    void queueAnnouncement(Runnable announcement) {
        announcements.execute(() -> {
            if (!discarded) {
                announcement.run();
            }
        });
    }

    /** Every participant connected right now hears these, in order, as the line speaking. */
    void announce(List<String> heard) {
        List<CallLeg> listeners;
        lock.lock();
        try {
            if (isCompleted() || discarded) {
                return;
            }
            listeners = participants.values().stream().filter(p -> p.connected).map(p -> p.leg).toList();
        } finally {
            lock.unlock();
        }
        for (CallLeg listener : listeners) {
            heard.forEach(listener::say);
        }
    }

    /** A Twilio debugger error about this conference (an announcement URL that failed). */
    void error(int code, String message, String url) {
        lock.lock();
        try {
            errors.add(new CallError(Instant.now(), code, message, url));
        } finally {
            lock.unlock();
        }
    }

    /** Reset: this room sends nothing more. */
    void discard() {
        discarded = true;
    }

    @Override
    public boolean holding(CallLeg leg) {
        lock.lock();
        try {
            Participant participant = participants.get(leg.sid());
            return status != ConferenceStatus.IN_PROGRESS || participant != null && participant.hold;
        } finally {
            lock.unlock();
        }
    }

    public ConferenceView view() {
        lock.lock();
        try {
            return new ConferenceView(sid, friendlyName, status, createdAt, startedAt, endedAt, reasonEnded, callSidEnding,
                    participants.values().stream().map(p -> p.view(sid)).toList(), List.copyOf(errors));
        } finally {
            lock.unlock();
        }
    }

    public List<ParticipantView> participants() {
        return view().participants();
    }

    public java.util.Optional<ParticipantView> participant(String callSid) {
        lock.lock();
        try {
            return java.util.Optional.ofNullable(participants.get(callSid)).map(p -> p.view(sid));
        } finally {
            lock.unlock();
        }
    }

    // ---- under the lock

    private void end(String reason, Participant trigger, List<Runnable> after) {
        status = ConferenceStatus.COMPLETED;
        endedAt = Instant.now();
        reasonEnded = reason;
        callSidEnding = trigger == null || !trigger.connected ? null : trigger.leg.sid();
        for (Participant remaining : participants.values()) {
            if (remaining.connected) {
                emit("participant-leave", remaining, Map.of("ReasonParticipantLeft", "participant_removed_conference_ended",
                        "ParticipantCallStatus", CallStatus.IN_PROGRESS.value()));
                remaining.leg.exit(this);
                after.add(() -> {
                    remaining.leg.tell("conference " + friendlyName + " ended");
                    remaining.leg.phone().changed();
                });
            } else {
                after.add(() -> remaining.leg.hangUp(CallStatus.CANCELED, "conference " + friendlyName + " ended"));
            }
        }
        participants.clear();
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("ReasonConferenceEnded", reason);
        if (callSidEnding != null) {
            extras.put("CallSidEndingConference", callSidEnding);
        }
        if (everJoined) { // a conference nobody reached (the only participant never answered) reports nothing
            emit("conference-end", trigger, extras);
        }
        after.add(() -> onEnded.accept(this));
    }

    private void subscribe(Subscription subscription) {
        if (subscription != null) {
            subscriptions.merge(subscription.url(), subscription, Subscription::merge);
        }
    }

    private void emit(String event, Participant participant, Map<String, String> extras) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", accountSid);
        params.put("ConferenceSid", sid);
        params.put("FriendlyName", friendlyName);
        params.put("StatusCallbackEvent", event);
        params.put("Timestamp", TwilioTime.format(Instant.now()));
        params.put("SequenceNumber", String.valueOf(sequence++));
        if (participant != null) {
            params.put("CallSid", participant.leg.sid());
            params.put("Muted", String.valueOf(participant.muted));
            params.put("Hold", String.valueOf(participant.hold));
            params.put("Coaching", "false");
            params.put("EndConferenceOnExit", String.valueOf(participant.options.endConferenceOnExit()));
            params.put("StartConferenceOnEnter", String.valueOf(participant.options.startConferenceOnEnter()));
            if (participant.options.label() != null) {
                params.put("ParticipantLabel", participant.options.label());
            }
        }
        params.putAll(extras);
        for (Subscription subscription : subscriptions.values()) {
            if (subscription.events().contains(event)) {
                callbackQueue.execute(() -> {
                    if (!discarded) {
                        notifier.send(subscription, params);
                    }
                });
            }
        }
    }
}
