package org.interpreterline.simulator.conferences;

import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import org.interpreterline.simulator.calls.CallLauncher;
import org.interpreterline.simulator.calls.CallLeg;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.calls.ConferenceJoiner;
import org.interpreterline.simulator.calls.HungUp;
import org.interpreterline.simulator.calls.LegPlan;
import org.interpreterline.simulator.calls.Redirected;
import org.interpreterline.simulator.calls.StatusCallbacks;
import org.interpreterline.simulator.twiml.Verb;
import org.springframework.stereotype.Component;

/**
 * Brings calls into conferences: a {@code <Dial><Conference>} from TwiML, or a participant added through the
 * REST API (dialled, and put in the room when answered, without any TwiML).
 */
@Component
public class ConferenceDesk implements ConferenceJoiner {

    private final Conferences conferences;
    private final CallLauncher launcher;

    ConferenceDesk(Conferences conferences, CallLauncher launcher) {
        this.conferences = conferences;
        this.launcher = launcher;
    }

    @Override
    public void attend(CallLeg leg, Verb.ConferenceTarget target, boolean hangupOnStar) {
        ParticipantOptions options = new ParticipantOptions(target.participantLabel(), target.startConferenceOnEnter(),
                target.endConferenceOnExit(), target.muted(), false, target.waitUrl(),
                Subscription.of(target.statusCallback(), target.statusCallbackMethod(), target.events()));
        if (!hangupOnStar) {
            stay(leg, enter(leg, target.name(), options));
            return;
        }
        leg.leaveOnStar(true);
        try {
            ConferenceRoom room = enter(leg, target.name(), options);
            stay(leg, room, leg::pressedStar);
            // Twilio reports the caller as hung up, though the call goes on with the Dial's action
            if (leg.pressedStar() && room.leave(leg, "participant_hung_up", CallStatus.IN_PROGRESS.value())) {
                leg.tell("left conference " + room.name());
            }
        } finally {
            leg.leaveOnStar(false);
        }
    }

    /** The participant's call, the room it is headed for, and the participant as first listed (queued). */
    public record Dialled(CallLeg leg, ConferenceRoom room, ParticipantView participant) {
    }

    /**
     * REST: dial {@code to} into the conference.
     *
     * @param sidOrName a conference sid (must exist) or a friendly name (created if needed)
     * @throws NoSuchElementException no conference with that sid
     */
    public Dialled addParticipant(String sidOrName, String from, String to, ParticipantOptions options,
                                  StatusCallbacks callbacks, Duration ringTimeout) {
        ConferenceRoom room = sidOrName.startsWith("CF") && sidOrName.length() == 34
                ? conferences.bySid(sidOrName).filter(r -> !r.isCompleted())
                        .orElseThrow(() -> new NoSuchElementException("no active conference " + sidOrName))
                : conferences.obtain(sidOrName);
        CallLeg leg = launcher.prepareApiCall(from, to, callbacks, null);
        while (!room.expect(leg, options)) {
            room = conferences.obtain(room.name());
        }
        ConferenceRoom target = room;
        ParticipantView queued = room.participant(leg.sid()).orElseThrow();
        launcher.start(leg, ringTimeout, new LegPlan() {
            @Override
            public void answered(CallLeg answered) {
                ConferenceRoom joined = target.join(answered, options) ? target : enter(answered, target.name(), options);
                conferences.changed(joined);
                stay(answered, joined);
            }

            @Override
            public void unanswered(CallLeg unanswered, CallStatus status) {
                target.dropExpected(unanswered);
            }
        });
        return new Dialled(leg, room, queued);
    }

    private ConferenceRoom enter(CallLeg leg, String name, ParticipantOptions options) {
        while (true) {
            ConferenceRoom room = conferences.obtain(name);
            if (room.join(leg, options)) {
                conferences.changed(room);
                return room;
            }
        }
    }

    /** Waits in the room until the conference lets the call go, or the call leaves it. */
    private static void stay(CallLeg leg, ConferenceRoom room) {
        stay(leg, room, () -> false);
    }

    /** As {@link #stay(CallLeg, ConferenceRoom)}, or until {@code leaving} holds (the call has not left then). */
    private static void stay(CallLeg leg, ConferenceRoom room, BooleanSupplier leaving) {
        try {
            leg.await(null, () -> leg.venue() != room || leaving.getAsBoolean());
        } catch (HungUp hungUp) {
            room.leave(leg, "participant_hung_up", CallStatus.COMPLETED.value());
            throw hungUp;
        } catch (Redirected redirected) {
            room.leave(leg, "participant_updated_via_api", CallStatus.IN_PROGRESS.value());
            throw redirected;
        }
    }
}
