package org.interpreterline.simulator.twiml;

import java.util.List;
import java.util.Set;

/** One TwiML instruction, as parsed; attribute defaults are Twilio's. */
public sealed interface Verb {

    /** Text to speech; {@code loop} 0 means "until something else happens", played once here. */
    record Say(String text, String voice, String language, int loop) implements Verb {

        /** how many times a phone hears it */
        public int rounds() {
            return Verb.rounds(loop);
        }

        /** what a phone hears, once a round */
        public List<String> heard() {
            return java.util.Collections.nCopies(rounds(), text);
        }
    }

    record Play(String url, String digits, int loop) implements Verb {

        public int rounds() {
            return Verb.rounds(loop);
        }

        /**
         * What a phone's transcript shows for it: the tones, what {@code audio} knows the URL to hold (the
         * simulator's own recordings), or else the audio's URL.
         */
        public String heardAs(AudioFiles audio) {
            if (digits != null) {
                return "[tones " + digits + "]";
            }
            return audio.heardAs(url).orElse("[audio " + url + "]");
        }

        /** what a phone's transcript shows, once a round */
        public List<String> heard(AudioFiles audio) {
            return java.util.Collections.nCopies(rounds(), heardAs(audio));
        }
    }

    record Pause(int lengthSeconds) implements Verb {
    }

    /**
     * Collects digits and/or speech.
     *
     * @param numDigits null = until finishOnKey or the timeout
     * @param action    null = the current document's URL
     * @param prompts   nested Say / Play / Pause, played before waiting
     */
    record Gather(Set<InputMode> input, Integer numDigits, int timeoutSeconds, String finishOnKey, String action,
                  String method, boolean actionOnEmptyResult, String hints, String speechTimeout,
                  List<Verb> prompts) implements Verb {

        public enum InputMode { DTMF, SPEECH }
    }

    /**
     * Connects the call to a conference or another number.
     *
     * @param hangupOnStar the caller pressing {@code *} leaves the Dial (simulated for a conference)
     */
    record Dial(String action, String method, int timeoutSeconds, String callerId, boolean answerOnBridge,
                boolean hangupOnStar, DialTarget target) implements Verb {
    }

    /**
     * Records what the caller says, after a beep, until a finish key, {@code timeout} seconds of silence,
     * {@code maxLength} seconds of recording, or a hang-up. ({@code transcribe*} attributes are not read.)
     *
     * @param action      null = the current document's URL
     * @param finishOnKey keys that end the recording; empty = none does
     * @param trim        as given (trim-silence, do-not-trim): kept for the record, a simulated recording has no
     *                    silence to trim
     * @param recordingStatusCallback null = none
     */
    record Record(String action, String method, int timeoutSeconds, String finishOnKey, int maxLengthSeconds,
                  boolean playBeep, String trim, String recordingStatusCallback,
                  String recordingStatusCallbackMethod) implements Verb {
    }

    record Redirect(String url, String method) implements Verb {
    }

    record Hangup() implements Verb {
    }

    record Reject(String reason) implements Verb {
    }

    /** A text back (in a messaging answer). {@code to} / {@code from} null = the sender / the line. */
    record Message(String body, String to, String from) implements Verb {
    }

    /** A verb the simulator does not play (Enqueue, Connect …): noted and skipped. */
    record Unsupported(String name) implements Verb {
    }

    /** What a {@code <Dial>} connects to. */
    sealed interface DialTarget {
    }

    /**
     * {@code <Conference>}.
     *
     * @param events Twilio's short names: start, end, join, leave, mute, hold
     */
    record ConferenceTarget(String name, boolean startConferenceOnEnter, boolean endConferenceOnExit,
                            boolean muted, String beep, String waitUrl, String statusCallback,
                            Set<String> events, String statusCallbackMethod, String participantLabel)
            implements DialTarget {
    }

    /** {@code <Number>} or a bare number: a leg to that phone, bridged with this one. */
    record NumberTarget(String number, String statusCallback, Set<String> events, String statusCallbackMethod)
            implements DialTarget {
    }

    record UnsupportedTarget(String noun) implements DialTarget {
    }

    /** {@code loop="0"} ("until something happens") is played once: enough for a transcript; at most ten rounds. */
    private static int rounds(int loop) {
        return loop <= 0 ? 1 : Math.min(loop, 10);
    }
}
