package org.interpreterline.simulator.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interpreterline.simulator.support.TimeScale;
import org.interpreterline.simulator.twiml.TwimlDocument;
import org.interpreterline.simulator.twiml.Verb;
import org.interpreterline.simulator.twiml.Verb.Gather.InputMode;
import org.springframework.stereotype.Component;

/**
 * {@code <Gather>}: plays its prompts, then waits for keys (up to numDigits, finishOnKey, or {@code timeout}
 * seconds after the last key) or speech. Input goes to the action URL; nothing falls through to the next verb
 * unless actionOnEmptyResult.
 */
@Component
class GatherStep {

    /** what the simulated recogniser claims */
    static final String SPEECH_CONFIDENCE = "0.92";

    private final Prompts prompts;
    private final TimeScale time;

    GatherStep(Prompts prompts, TimeScale time) {
        this.prompts = prompts;
        this.time = time;
    }

    /** @return the request to make next, or empty to continue with the next verb */
    Optional<TwimlSource> run(CallLeg leg, Verb.Gather gather, TwimlDocument document) throws ApplicationError {
        for (Verb prompt : gather.prompts()) {
            leg.checkpoint();
            prompts.play(leg, prompt);
        }
        Map<String, String> result;
        leg.gathering(gather.input());
        try {
            result = collect(leg, gather);
        } finally {
            leg.gathering(Set.of());
        }
        if (result.isEmpty() && !gather.actionOnEmptyResult()) {
            leg.record("gather timed out");
            return Optional.empty();
        }
        String action = gather.action() == null ? document.url() : Urls.resolve(document.url(), gather.action());
        if (action == null) {
            leg.record("gather result dropped: inline TwiML without an action");
            return Optional.empty();
        }
        return Optional.of(new TwimlSource.Fetch(action, gather.method(), result));
    }

    private Map<String, String> collect(CallLeg leg, Verb.Gather gather) {
        Duration timeout = time.seconds(gather.timeoutSeconds());
        StringBuilder keys = new StringBuilder();
        Instant deadline = Instant.now().plus(timeout);
        while (leg.await(deadline, () -> leg.hasInput(gather.input()))) {
            if (gather.input().contains(InputMode.SPEECH)) {
                String said = leg.pollSpeech();
                if (said != null) {
                    Map<String, String> speech = new HashMap<>();
                    speech.put("SpeechResult", said);
                    speech.put("Confidence", SPEECH_CONFIDENCE);
                    return speech;
                }
            }
            Character key = gather.input().contains(InputMode.DTMF) ? leg.pollDigit() : null;
            if (key == null) {
                continue;
            }
            if (gather.finishOnKey() != null && gather.finishOnKey().indexOf(key) >= 0 && !gather.finishOnKey().isEmpty()) {
                Map<String, String> finished = digits(keys);
                if (!finished.isEmpty()) {
                    finished.put("FinishedOnKey", String.valueOf(key));
                }
                return finished;
            }
            keys.append(key);
            if (gather.numDigits() != null && keys.length() >= gather.numDigits()) {
                return digits(keys);
            }
            deadline = Instant.now().plus(timeout); // the timeout runs from the last key
        }
        return digits(keys);
    }

    private static Map<String, String> digits(CharSequence keys) {
        Map<String, String> result = new HashMap<>();
        if (!keys.isEmpty()) {
            result.put("Digits", keys.toString());
        }
        return result;
    }
}
