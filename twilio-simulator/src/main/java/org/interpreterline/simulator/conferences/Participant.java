package org.interpreterline.simulator.conferences;

import java.time.Instant;
import org.interpreterline.simulator.calls.CallLeg;

/** A call in a conference room (or on its way there); guarded by the room's lock. */
final class Participant {

    final CallLeg leg;
    final Instant createdAt = Instant.now();
    ParticipantOptions options;
    boolean connected;
    boolean muted;
    boolean hold;

    Participant(CallLeg leg, ParticipantOptions options) {
        this.leg = leg;
        this.options = options;
        this.muted = options.muted();
        this.hold = options.hold();
    }

    /** Twilio's participant status: queued, ringing, connected (then complete / failed once gone). */
    String status() {
        if (connected) {
            return "connected";
        }
        return switch (leg.status()) {
            case QUEUED -> "queued";
            case RINGING -> "ringing";
            case IN_PROGRESS -> "connecting";
            case COMPLETED -> "complete";
            default -> "failed";
        };
    }

    ParticipantView view(String conferenceSid) {
        return new ParticipantView(leg.sid(), conferenceSid, leg.phone().number(), options.label(), status(), muted, hold,
                options.startConferenceOnEnter(), options.endConferenceOnExit(), createdAt);
    }
}
