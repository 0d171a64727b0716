package org.interpreterline.simulator.calls;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.interpreterline.simulator.phones.PhoneNumbers;
import org.interpreterline.simulator.support.TimeScale;
import org.interpreterline.simulator.twiml.TwimlDocument;
import org.interpreterline.simulator.twiml.Verb;
import org.springframework.stereotype.Component;

/**
 * {@code <Dial>}: into a conference (until the call leaves it, or presses {@code *} with hangupOnStar), or to
 * another number, bridged until either side hangs up. Afterwards the action URL gets DialCallStatus; without one,
 * the document continues.
 */
@Component
class DialStep {

    private final ConferenceJoiner conferences;
    private final CallLauncher launcher;
    private final TimeScale time;

    DialStep(ConferenceJoiner conferences, CallLauncher launcher, TimeScale time) {
        this.conferences = conferences;
        this.launcher = launcher;
        this.time = time;
    }

    Optional<TwimlSource> run(CallLeg leg, Verb.Dial dial, TwimlDocument document) throws ApplicationError {
        Map<String, String> outcome = switch (dial.target()) {
            case Verb.ConferenceTarget conference -> {
                leg.markAnswered(null);
                conferences.attend(leg, resolved(conference, document), dial.hangupOnStar());
                yield Map.of("DialCallStatus", CallStatus.COMPLETED.value());
            }
            case Verb.NumberTarget number -> bridge(leg, dial, number, document);
            case Verb.UnsupportedTarget other -> {
                leg.markAnswered(null);
                leg.record("<Dial><" + other.noun() + "> not simulated");
                yield Map.of("DialCallStatus", CallStatus.FAILED.value());
            }
        };
        if (dial.action() == null) {
            return Optional.empty();
        }
        return Optional.of(new TwimlSource.Fetch(Urls.resolve(document.url(), dial.action()), dial.method(), outcome));
    }

    private Map<String, String> bridge(CallLeg leg, Verb.Dial dial, Verb.NumberTarget target, TwimlDocument document) throws ApplicationError {
        if (!PhoneNumbers.isValid(target.number())) {
            leg.markAnswered(null);
            leg.record("cannot dial '" + target.number() + "'");
            return Map.of("DialCallStatus", CallStatus.FAILED.value());
        }
        String number = PhoneNumbers.normalize(target.number());
        String callerId = dial.callerId() != null ? dial.callerId() : leg.from();
        StatusCallbacks callbacks = target.statusCallback() == null ? null : StatusCallbacks.of(
                Urls.resolve(document.url(), target.statusCallback()), target.statusCallbackMethod(), target.events());
        CallLeg child = launcher.placeChild(leg, callerId, number, time.seconds(dial.timeoutSeconds()), callbacks);
        leg.tell("dialling " + number);
        try {
            leg.await(null, () -> child.isAnswered() || child.isEnded());
            if (child.isAnswered() && !child.isEnded()) {
                leg.markAnswered(null); // answerOnBridge: the caller is answered only now
                leg.bridge(child);
                child.bridge(leg);
                leg.tell("connected to " + number);
                leg.await(null, child::isEnded);
            }
        } finally {
            leg.bridge(null);
            if (!child.isEnded()) {
                child.hangUp(CallStatus.CANCELED, "the caller left the dial");
            }
        }
        Map<String, String> outcome = new HashMap<>();
        outcome.put("DialCallStatus", child.isAnswered() ? CallStatus.COMPLETED.value() : child.status().value());
        outcome.put("DialCallSid", child.sid());
        outcome.put("DialCallDuration", String.valueOf(child.durationSeconds()));
        return outcome;
    }

    private static Verb.ConferenceTarget resolved(Verb.ConferenceTarget target, TwimlDocument document) throws ApplicationError {
        if (target.statusCallback() == null) {
            return target;
        }
        return new Verb.ConferenceTarget(target.name(), target.startConferenceOnEnter(), target.endConferenceOnExit(),
                target.muted(), target.beep(), target.waitUrl(), Urls.resolve(document.url(), target.statusCallback()),
                target.events(), target.statusCallbackMethod(), target.participantLabel());
    }
}
