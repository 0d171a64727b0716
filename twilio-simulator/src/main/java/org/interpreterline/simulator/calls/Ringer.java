package org.interpreterline.simulator.calls;

import java.time.Duration;
import java.time.Instant;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.interpreterline.simulator.phones.VirtualPhone;
import org.springframework.stereotype.Component;

/** Rings a virtual phone and lets its behaviour (or a person using the control API) decide what happens. */
@Component
class Ringer {

    /** a busy phone is not refused instantly: a short tone first */
    private static final Duration BUSY_SIGNAL = Duration.ofMillis(50);

    RingOutcome ring(CallLeg leg, Duration timeout) {
        VirtualPhone phone = leg.phone();
        PhoneSettings settings = phone.settings();
        if (settings.behaviour() == Behaviour.FAIL) {
            leg.record("number unreachable");
            return RingOutcome.not(CallStatus.FAILED);
        }
        if (!phone.occupy(leg)) {
            leg.record("phone busy on another call");
            return RingOutcome.not(CallStatus.BUSY);
        }
        leg.markRinging();
        leg.tell("incoming call from " + leg.from());
        Instant now = Instant.now();
        Instant giveUp = now.plus(timeout);
        Instant pickUpAt = now.plusMillis(settings.answerAfterMs());
        Instant until = switch (settings.behaviour()) {
            case BUSY -> now.plus(BUSY_SIGNAL);
            case ANSWER, VOICEMAIL -> pickUpAt.isBefore(giveUp) ? pickUpAt : giveUp;
            case MANUAL, NO_ANSWER, FAIL -> giveUp;
        };
        if (leg.await(until, leg::hasRingDecision)) {
            return leg.pickedUp() ? RingOutcome.answered(answeredBy(leg, false)) : RingOutcome.not(CallStatus.BUSY);
        }
        return switch (settings.behaviour()) {
            case BUSY -> RingOutcome.not(CallStatus.BUSY);
            case ANSWER -> until.equals(pickUpAt) ? RingOutcome.answered(answeredBy(leg, false)) : RingOutcome.not(CallStatus.NO_ANSWER);
            case VOICEMAIL -> until.equals(pickUpAt) ? RingOutcome.answered(answeredBy(leg, true)) : RingOutcome.not(CallStatus.NO_ANSWER);
            case MANUAL, NO_ANSWER, FAIL -> RingOutcome.not(CallStatus.NO_ANSWER);
        };
    }

    /** AnsweredBy is only reported when machine detection was requested. */
    private static String answeredBy(CallLeg leg, boolean machine) {
        String detection = leg.machineDetection();
        if (detection == null || detection.isBlank()) {
            return null;
        }
        if (!machine) {
            return "human";
        }
        return "DetectMessageEnd".equalsIgnoreCase(detection) ? "machine_end_beep" : "machine_start";
    }
}
