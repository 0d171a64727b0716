package org.interpreterline.simulator.calls;

import org.interpreterline.simulator.support.TimeScale;
import org.interpreterline.simulator.twiml.Verb;
import org.springframework.stereotype.Component;

/** Plays Say, Play and Pause: the phone's transcript records what was said; pauses take (scaled) time. */
@Component
class Prompts {

    /** {@code loop="0"} means "until something happens": a few rounds are enough for a transcript */
    private static final int ENDLESS_LOOP_ROUNDS = 1;

    private final TimeScale time;

    Prompts(TimeScale time) {
        this.time = time;
    }

    void play(CallLeg leg, Verb verb) {
        switch (verb) {
            case Verb.Say say -> {
                for (int i = 0; i < rounds(say.loop()); i++) {
                    leg.say(say.text());
                }
            }
            case Verb.Play play -> {
                for (int i = 0; i < rounds(play.loop()); i++) {
                    leg.say(play.digits() != null ? "[tones " + play.digits() + "]" : "[audio " + play.url() + "]");
                }
            }
            case Verb.Pause pause -> leg.sleep(time.seconds(pause.lengthSeconds()));
            default -> throw new IllegalArgumentException("not a prompt: " + verb);
        }
    }

    private static int rounds(int loop) {
        return loop <= 0 ? ENDLESS_LOOP_ROUNDS : Math.min(loop, 10);
    }
}
