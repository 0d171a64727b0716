package org.interpreterline.simulator.calls;

import java.util.Map;
import java.util.Optional;
import org.interpreterline.simulator.twiml.TwimlDocument;
import org.interpreterline.simulator.twiml.Verb;
import org.interpreterline.simulator.webhooks.FallbackUrl;
import org.springframework.stereotype.Component;

/**
 * Executes a call's TwiML, document after document, on the call's own thread. A document that ends without
 * sending the call elsewhere hangs it up, like Twilio. A failed webhook or bad TwiML: the number's fallback URL
 * takes over when it has one; otherwise the caller hears Twilio's application-error message and the call ends.
 */
@Component
class TwimlRunner {

    static final String APPLICATION_ERROR = "We are sorry, an application error has occurred. Goodbye.";

    private final TwimlFetcher fetcher;
    private final Prompts prompts;
    private final GatherStep gather;
    private final DialStep dial;
    private final RecordStep recorder;

    TwimlRunner(TwimlFetcher fetcher, Prompts prompts, GatherStep gather, DialStep dial, RecordStep recorder) {
        this.fetcher = fetcher;
        this.prompts = prompts;
        this.gather = gather;
        this.dial = dial;
        this.recorder = recorder;
    }

    /**
     * Returns when the TwiML is done (the caller then hangs up the call).
     *
     * @throws HungUp the call was hung up (by anyone, including {@code <Hangup>} and {@code <Reject>})
     */
    void run(CallLeg leg, TwimlSource source) {
        run(leg, source, Optional.empty());
    }

    /**
     * As {@link #run(CallLeg, TwimlSource)} for a call to a number with a fallback URL: the call's first
     * application error (a webhook that failed, timed out or answered invalid TwiML) requests the fallback and
     * runs its TwiML instead of ending the call, like Twilio. A second error ends the call.
     */
    void run(CallLeg leg, TwimlSource source, Optional<FallbackUrl> fallback) {
        Optional<FallbackUrl> unused = fallback;
        TwimlSource next = source;
        while (next != null) {
            try {
                leg.checkpoint();
                next = execute(leg, fetcher.fetch(leg, next));
            } catch (Redirected redirected) {
                leg.record("executing new TwiML");
                next = redirected.target();
            } catch (ApplicationError error) {
                leg.error(error.code(), error.getMessage(), error.url());
                if (unused.isPresent()) {
                    FallbackUrl to = unused.get();
                    unused = Optional.empty();
                    leg.record("requesting the number's fallback URL " + to.url());
                    next = new TwimlSource.Fetch(to.url(), to.method(),
                            FallbackUrl.params(Map.of(), error.code(), error.url() == null ? "" : error.url()));
                } else {
                    leg.markAnswered(null);
                    leg.say(APPLICATION_ERROR);
                    next = null;
                }
            }
        }
    }

    private TwimlSource execute(CallLeg leg, TwimlDocument document) throws ApplicationError {
        for (Verb verb : document.verbs()) {
            leg.checkpoint();
            answerUnlessDeferred(leg, verb);
            Optional<TwimlSource> next = switch (verb) {
                case Verb.Say say -> played(leg, say);
                case Verb.Play play -> played(leg, play);
                case Verb.Pause pause -> played(leg, pause);
                case Verb.Gather g -> gather.run(leg, g, document);
                case Verb.Dial d -> dial.run(leg, d, document);
                case Verb.Record r -> recorder.run(leg, r, document);
                case Verb.Redirect redirect -> Optional.of(new TwimlSource.Fetch(
                        Urls.resolve(document.url(), redirect.url()), redirect.method(), java.util.Map.of()));
                case Verb.Hangup hangup -> throw new HungUp(new HangUpRequest(CallStatus.COMPLETED, "<Hangup>"));
                case Verb.Reject reject -> throw new HungUp(new HangUpRequest(CallStatus.BUSY, "<Reject reason=" + reject.reason() + ">"));
                case Verb.Message message -> skipped(leg, "<Message> in a voice call");
                case Verb.Unsupported unsupported -> skipped(leg, "<" + unsupported.name() + "> not simulated");
            };
            if (next.isPresent()) {
                return next.get();
            }
        }
        return null;
    }

    /**
     * A call to the line is answered by the first verb that is not a Reject (a Dial with answerOnBridge answers
     * when the dialled party does).
     */
    private static void answerUnlessDeferred(CallLeg leg, Verb verb) {
        if (leg.isAnswered() || verb instanceof Verb.Reject
                || verb instanceof Verb.Dial d && d.answerOnBridge() && d.target() instanceof Verb.NumberTarget) {
            return;
        }
        leg.markAnswered(null);
    }

    private Optional<TwimlSource> played(CallLeg leg, Verb verb) {
        prompts.play(leg, verb);
        return Optional.empty();
    }

    private static Optional<TwimlSource> skipped(CallLeg leg, String what) {
        leg.record(what + ": skipped");
        return Optional.empty();
    }
}
