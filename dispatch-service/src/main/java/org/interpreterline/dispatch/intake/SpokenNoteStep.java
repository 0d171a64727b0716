package org.interpreterline.dispatch.intake;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import jakarta.servlet.http.HttpServletRequest;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.dispatch.requests.OpenedRequest;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * After choosing the language, an officer who called in may say in a few words what the call is about: the
 * interpreters offered the request hear it before they choose. The request is already open and the search under way
 * while they speak, so the note never delays it; pound, or a few seconds of silence, skips it. Twilio keeps the
 * recording, the line only where it is ({@link SpokenNoteRecorded}), and notification-service deletes it later.
 */
@RestController
class SpokenNoteStep {

    static final String NOTE_PATH = "/twilio/voice/note";
    static final String ASK = "In a few words, what is this call about? Speak after the tone, then press pound. "
            + "To skip, press pound.";
    /** Seconds of silence that end the note: an officer who says nothing joins the conference this much later. */
    static final int SILENCE_SECONDS = 3;
    private static final Logger log = LoggerFactory.getLogger(SpokenNoteStep.class);

    private final RequestDesk desk;
    private final WaitingRoomTwiml waitingRoom;
    private final TwilioProperties twilio;
    private final int noteSeconds;

    SpokenNoteStep(RequestDesk desk, WaitingRoomTwiml waitingRoom, TwilioProperties twilio,
            DispatchProperties props) {
        this.desk = desk;
        this.waitingRoom = waitingRoom;
        this.twilio = twilio;
        this.noteSeconds = props.spokenNoteSeconds();
    }

    /**
     * What a caller hears once their request is open: asked for the note, then into the conference whether or not they
     * said one (Twilio goes on to the redirect when nothing was recorded); straight in when notes are switched off.
     */
    VoiceResponse ask(OpenedRequest request) {
        if (noteSeconds == 0) {
            return waitingRoom.join(request);
        }
        String after = twilio.publicUrl(NOTE_PATH) + "?requestId=" + request.requestId();
        return new VoiceResponse.Builder()
                .say(new Say.Builder(WaitingRoomTwiml.opened(request) + " " + ASK).build())
                .record(new Record.Builder()
                        .action(after)
                        .method(HttpMethod.POST)
                        .maxLength(noteSeconds)
                        .timeout(SILENCE_SECONDS)
                        .finishOnKey("#")
                        .playBeep(true)
                        .trim(Record.Trim.TRIM_SILENCE)
                        .build())
                .redirect(new Redirect.Builder(after).method(HttpMethod.POST).build())
                .build();
    }

    /**
     * The note is over: kept if Twilio recorded one, then the caller joins the conference. The request is the one this
     * call opened (its id follows from the CallSid), whatever the URL says.
     */
    @PostMapping(NOTE_PATH)
    ResponseEntity<String> recorded(@RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "RecordingSid", required = false) String recordingSid,
            @RequestParam(name = "RecordingUrl", required = false) String recordingUrl,
            @RequestParam(name = "RecordingDuration", required = false) String duration,
            @RequestParam(name = "Digits", required = false) String digits) {
        if (callSid == null || callSid.isBlank()) {
            return TwimlReplies.answer(TwimlReplies.sayAndHangUp("Sorry, something went wrong. Please call again."));
        }
        String requestId = RequestIds.voice(callSid);
        String thanks = "";
        if (recordingSid != null && !recordingSid.isBlank()) {
            if (SpokenNoteRecorded.isRecording(recordingSid, recordingUrl)) {
                // kept even when the caller hung up while speaking: notification-service must delete it later
                Delivery delivery = desk.spokenNote(requestId, recordingSid, recordingUrl, seconds(duration));
                thanks = delivery.failed() ? "Sorry, your note could not be passed on. " : "Thank you. ";
            } else {
                log.warn("Call {}: a note that is not a Twilio recording ({}) was ignored", callSid, recordingSid);
            }
        }
        if ("hangup".equals(digits)) {
            return TwimlReplies.answer(TwimlReplies.hangUp());
        }
        return TwimlReplies.answer(waitingRoom.rejoin(requestId,
                thanks + "Please stay on the line. " + WaitingRoomTwiml.FLAG_HINT));
    }

    /** Whatever went wrong, the caller still joins their request's conference. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e, HttpServletRequest request) {
        String callSid = request.getParameter("CallSid");
        log.error("Note webhook failed for call {}; the caller joins the conference", callSid, e);
        return TwimlReplies.answer(callSid == null ? TwimlReplies.sayAndHangUp("Sorry, something went wrong.")
                : waitingRoom.rejoin(RequestIds.voice(callSid), "Please stay on the line."));
    }

    private int seconds(String duration) {
        try {
            return Math.clamp(Integer.parseInt(duration == null ? "" : duration.strip()), 0, noteSeconds);
        } catch (NumberFormatException e) {
            return noteSeconds;
        }
    }
}
