package org.interpreterline.simulator.calls;

import org.interpreterline.simulator.support.TimeScale;
import org.interpreterline.simulator.twiml.AudioFiles;
import org.interpreterline.simulator.twiml.Verb;
import org.springframework.stereotype.Component;

/**
 * Plays Say, Play and Pause: the phone's transcript records what was said or played (a recording of this
 * simulator as its words); pauses take (scaled) time.
 */
@Component
class Prompts {

    private final TimeScale time;
    private final AudioFiles audio;

    Prompts(TimeScale time, AudioFiles audio) {
        this.time = time;
        this.audio = audio;
    }

    void play(CallLeg leg, Verb verb) {
        switch (verb) {
            case Verb.Say say -> say.heard().forEach(leg::say);
            case Verb.Play play -> play.heard(audio).forEach(leg::say);
            case Verb.Pause pause -> leg.sleep(time.seconds(pause.lengthSeconds()));
            default -> throw new IllegalArgumentException("not a prompt: " + verb);
        }
    }
}
