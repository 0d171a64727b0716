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
            case Verb.Say say -> {
                for (int i = 0; i < say.rounds(); i++) {
                    leg.say(say.text());
                }
            }
            case Verb.Play play -> {
                for (int i = 0; i < play.rounds(); i++) {
                    leg.say(play.heardAs());
                }
            }
            case Verb.Pause pause -> leg.sleep(time.seconds(pause.lengthSeconds()));
            default -> throw new IllegalArgumentException("not a prompt: " + verb);
        }
    }
}
