package org.interpreterline.simulator.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.interpreterline.simulator.recordings.Recording;
import org.interpreterline.simulator.recordings.Recordings;
import org.interpreterline.simulator.support.TimeScale;
import org.interpreterline.simulator.support.Workers;
import org.interpreterline.simulator.twiml.TwimlDocument;
import org.interpreterline.simulator.twiml.Verb;
import org.interpreterline.simulator.webhooks.WebhookRequest;
import org.interpreterline.simulator.webhooks.WebhookResponse;
import org.interpreterline.simulator.webhooks.WebhookSender;
import org.springframework.stereotype.Component;

/**
 * {@code <Record>}: a beep, then what the phone says is recorded until a finish key, {@code timeout} seconds with
 * nothing said, a full recording ({@code maxLength}, see {@link Take}) or a hang-up.
 *
 * <p>Nothing said: nothing is kept, the action is not requested and the document goes on, as Twilio does with an
 * empty recording. Otherwise the recording is stored and the action URL gets RecordingUrl, RecordingSid,
 * RecordingDuration and Digits (the finish key, "hangup", or none after a silence or a full recording); its TwiML
 * continues the call. After a hang-up the action is still requested, and nothing plays its answer.
 */
@Component
class RecordStep {

    /** what a phone's transcript shows before it is recorded */
    static final String BEEP = "[beep]";

    private final Recordings recordings;
    private final WebhookSender webhooks;
    private final Workers workers;
    private final TimeScale time;

    RecordStep(Recordings recordings, WebhookSender webhooks, Workers workers, TimeScale time) {
        this.recordings = recordings;
        this.webhooks = webhooks;
        this.workers = workers;
        this.time = time;
    }

    /** @return the request to make next, or empty to continue with the next verb */
    Optional<TwimlSource> run(CallLeg leg, Verb.Record record, TwimlDocument document) throws ApplicationError {
        if (record.playBeep()) {
            leg.say(BEEP);
        }
        Take take = new Take(record.finishOnKey(), record.maxLengthSeconds());
        leg.recording(true);
        try {
            listen(leg, record, take);
        } catch (HungUp hungUp) {
            if (!leg.isDiscarded()) { // a reset or a stopping simulator keeps nothing and sends nothing
                drain(leg, take);
                actionAfterHangUp(leg, record, document, take);
            }
            throw hungUp;
        } catch (Redirected redirected) {
            leg.record("record: abandoned for new TwiML, nothing kept");
            throw redirected;
        } finally {
            leg.recording(false);
        }
        Optional<Recording> kept = keep(leg, record, document, take);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String action = action(record, document);
        if (action == null) {
            leg.record("record: inline TwiML without an action, the document goes on");
            return Optional.empty();
        }
        Character key = take.finishedOnKey();
        return Optional.of(new TwimlSource.Fetch(action, record.method(),
                actionParams(kept.get(), key == null ? null : String.valueOf(key))));
    }

    private void listen(CallLeg leg, Verb.Record record, Take take) {
        Duration silence = time.seconds(record.timeoutSeconds());
        Instant deadline = Instant.now().plus(silence);
        while (!take.isOver() && leg.await(deadline, leg::heardWhileRecording)) {
            RecorderInput input = leg.pollRecorded();
            if (input instanceof RecorderInput.Said) {
                deadline = Instant.now().plus(silence); // the silence runs from the last thing said
            }
            if (input != null) {
                take.hear(input);
            }
        }
    }

    /** What the phone said or pressed before it hung up is on the recording, even if not taken in yet. */
    private static void drain(CallLeg leg, Take take) {
        for (RecorderInput input = leg.pollRecorded(); input != null && !take.isOver(); input = leg.pollRecorded()) {
            take.hear(input);
        }
    }

    /**
     * The call is over, but Twilio still requests the action with what was recorded (Digits "hangup" unless a
     * finish key came first). Queued on the call's callback queue, ahead of the call's final status callback, so
     * the call ends now; the answer has no call left to play on.
     */
    private void actionAfterHangUp(CallLeg leg, Verb.Record record, TwimlDocument document, Take take) {
        Optional<Recording> kept = keep(leg, record, document, take);
        if (kept.isEmpty()) {
            return;
        }
        String action;
        try {
            action = action(record, document);
        } catch (ApplicationError e) {
            leg.error(e.code(), e.getMessage(), e.url());
            return;
        }
        if (action == null) {
            leg.record("record: inline TwiML without an action, nothing to tell");
            return;
        }
        Character key = take.finishedOnKey();
        Map<String, String> params = CallParams.of(leg, CallStatus.COMPLETED.value());
        params.putAll(actionParams(kept.get(), key == null ? "hangup" : String.valueOf(key)));
        WebhookRequest request = new WebhookRequest(action, record.method(), params);
        leg.callbackQueue().execute(() -> {
            if (!leg.isDiscarded()) {
                WebhookResponse response = webhooks.send(request);
                leg.record(request.method() + " " + action + " -> "
                        + (response.status() == 0 ? "no response" : response.status()) + " (after the hang-up: not played)");
            }
        });
    }

    /** Stores what was said, if anything, and sends the recording's status callback. */
    private Optional<Recording> keep(CallLeg leg, Verb.Record record, TwimlDocument document, Take take) {
        if (take.isEmpty()) {
            leg.record("record: nothing recorded");
            return Optional.empty();
        }
        if (leg.isDiscarded()) { // forgotten by a reset meanwhile: its recording would outlive it
            return Optional.empty();
        }
        Recording recording = recordings.store(leg.accountSid(), leg.sid(), take.words(), take.durationSeconds());
        leg.record("record: " + recording.sid() + ", " + recording.durationSeconds() + " s"
                + (take.isFull() ? " (cut at maxLength)" : ""));
        if (record.recordingStatusCallback() != null) {
            try {
                WebhookRequest callback = new WebhookRequest(Urls.resolve(document.url(), record.recordingStatusCallback()),
                        record.recordingStatusCallbackMethod(), statusParams(recording));
                // on its own: a slow recording callback holds up neither the call nor its status callbacks
                workers.start(() -> {
                    if (!leg.isDiscarded()) {
                        webhooks.send(callback);
                    }
                });
            } catch (ApplicationError e) {
                leg.error(e.code(), e.getMessage(), e.url());
            }
        }
        return Optional.of(recording);
    }

    private static String action(Verb.Record record, TwimlDocument document) throws ApplicationError {
        return record.action() == null ? document.url() : Urls.resolve(document.url(), record.action());
    }

    /** @param digits the finish key, "hangup", or null after a silence or a full recording */
    private Map<String, String> actionParams(Recording recording, String digits) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("RecordingUrl", recordings.url(recording));
        params.put("RecordingSid", recording.sid());
        params.put("RecordingDuration", String.valueOf(recording.durationSeconds()));
        if (digits != null) {
            params.put("Digits", digits);
        }
        return params;
    }

    private Map<String, String> statusParams(Recording recording) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", recording.accountSid());
        params.put("CallSid", recording.callSid());
        params.put("RecordingSid", recording.sid());
        params.put("RecordingUrl", recordings.url(recording));
        params.put("RecordingStatus", "completed");
        params.put("RecordingDuration", String.valueOf(recording.durationSeconds()));
        params.put("RecordingChannels", "1");
        params.put("RecordingSource", "RecordVerb");
        return params;
    }
}
