package org.interpreterline.dispatch.intake;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import java.time.Duration;
import java.util.Optional;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.springframework.stereotype.Component;

/**
 * What callers the line cannot serve itself hear: the agency PIN question for unregistered phones, and the
 * way out to the fallback provider, always with a sentence first, never silence.
 */
@Component
public class TurnAwayTwiml {

    static final String PIN_PATH = "/twilio/voice/pin";
    private static final int PIN_SECONDS = 10;

    private final TwilioProperties twilio;
    private final Optional<String> fallback;
    private final Duration lockOut;

    public TurnAwayTwiml(TwilioProperties twilio, DispatchProperties props) {
        this.twilio = twilio;
        this.fallback = props.fallback();
        this.lockOut = props.pinLockout().duration();
    }

    public boolean hasFallback() {
        return fallback.isPresent();
    }

    /** Asks an unregistered caller for their agency's PIN. */
    public VoiceResponse askForPin(String lead, int attempt) {
        Gather gather = new Gather.Builder()
                .inputs(Gather.Input.DTMF)
                .finishOnKey("#")
                .timeout(PIN_SECONDS)
                .action(twilio.publicUrl(PIN_PATH) + "?attempt=" + attempt)
                .actionOnEmptyResult(true)
                .say(new Say.Builder(lead + "Enter your agency PIN, then press pound.").build())
                .build();
        return new VoiceResponse.Builder().gather(gather).build();
    }

    /** The caller cannot be identified: say how to register, then the fallback if there is one. */
    public VoiceResponse notRegistered() {
        String sentence = "Interpreter Line. This phone is not registered with the line. "
                + "Please ask your agency to register your number.";
        return fallback.isPresent() ? toFallback(sentence)
                : new VoiceResponse.Builder().say(new Say.Builder(sentence + " Goodbye.").build())
                        .hangup(new Hangup.Builder().build()).build();
    }

    /**
     * A number that entered too many wrong PINs: no PIN question for a while, but never a dead end either: the
     * fallback provider, or the caller's own dispatcher when the line has none.
     */
    public VoiceResponse lockedOut() {
        String sentence = "Too many wrong PINs were entered from this phone.";
        return fallback.isPresent() ? toFallback(sentence) : new VoiceResponse.Builder()
                .say(new Say.Builder("Interpreter Line. " + sentence + " The line will not take a PIN from it for the "
                        + "next " + spoken(lockOut) + ". Please call your dispatcher for an interpreter. Goodbye.")
                        .build())
                .hangup(new Hangup.Builder().build()).build();
    }

    /**
     * A caller for whom the menu came round {@code VoiceIntake.LAST_MENU} times without a language: the fallback
     * provider, or without one a way on and goodbye (an open line in a pocket would otherwise hear the menu for ever).
     */
    public VoiceResponse noLanguageChosen(String sentence) {
        return fallback.isPresent() ? toFallback(sentence) : new VoiceResponse.Builder()
                .say(new Say.Builder(sentence + " Please call again, text the language you need to this number, or "
                        + "call your dispatcher for an interpreter. Goodbye.").build())
                .hangup(new Hangup.Builder().build()).build();
    }

    /** Hands the caller to the fallback provider after {@code sentence}; requires {@link #hasFallback()}. */
    public VoiceResponse toFallback(String sentence) {
        return new VoiceResponse.Builder()
                .say(new Say.Builder(sentence + " Connecting you to our partner interpreter service now.").build())
                .dial(new Dial.Builder().number(fallback.orElseThrow()).build())
                .build();
    }

    private static String spoken(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes")
                : duration.toSeconds() + " seconds";
    }
}
