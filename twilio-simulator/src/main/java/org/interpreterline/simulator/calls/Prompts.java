package org.interpreterline.simulator.calls;

import org.interpreterline.simulator.support.TimeScale;
import org.interpreterline.simulator.twiml.Verb;
import org.springframework.stereotype.Component;

/** Plays Say, Play and Pause: the phone's transcript records what was said; pauses take (scaled) time. */
@Component
class Prompts {

    private final TimeScale time;

    Prompts(TimeScale time) {
        this.time = time;
    }

    void play(CallLeg leg, Verb verb) {
        switch (verb) {
            case Verb.Say say -> say.heard().forEach(leg::say);
            case Verb.Play play -> play.heard().forEach(leg::say);
            case Verb.Pause pause -> leg.sleep(time.seconds(pause.lengthSeconds()));
            default -> throw new IllegalArgumentException("not a prompt: " + verb);
        }
    }
}
