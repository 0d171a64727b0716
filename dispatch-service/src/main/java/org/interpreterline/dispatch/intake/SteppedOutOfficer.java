package org.interpreterline.dispatch.intake;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.CallFlag;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.text.CleanText;
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
 * An officer who called the line pressed {@code *} on the call: they are out of the conference (the interpreter and
 * anyone added stay in it) and may key in a number to call in, ended with {@code #}; while still holding for the
 * interpreter, {@code *} instead lets them flag the call (domestic violence, a child, a death) so the interpreter is
 * warned. Once connected they may say a language instead of keying a number: a second interpreter joins the call
 * ({@link SecondInterpreter}). Whatever they do, they are put back into the call; only a call that is over ends here. The keyed number goes
 * the way a texted {@code ADD} does.
 */
@RestController
class SteppedOutOfficer {

    static final String ADD_NUMBER_PATH = "/twilio/voice/add-number";
    static final String FLAG_PATH = "/twilio/voice/flag";
    static final String FLAG_ASK = "Your interpreter is not on the line yet. To warn them, press 1 if this call may "
            + "involve domestic violence, 2 if it involves a child, 3 if it involves a death. To go back, press pound.";
    static final String ASK = "To add someone to this call, enter their number, then press pound. For a second "
            + "interpreter, say the language. To go back to the call, press pound.";
    private static final int KEYING_SECONDS = 10;
    private static final int SPEECH_MAX = 200;
    /** Long enough for the conference's end, reported by Twilio as it asks, to reach the record. */
    static final int SETTLE_SECONDS = 1;
    private static final Logger log = LoggerFactory.getLogger(SteppedOutOfficer.class);

    private final RequestRecords records;
    private final RequestDesk desk;
    private final ResidentAddText residents;
    private final WaitingRoomTwiml waitingRoom;
    private final TwilioProperties twilio;
    private final SecondInterpreter secondInterpreter;
    private final LanguageMenuTwiml menuTwiml;

    SteppedOutOfficer(RequestRecords records, RequestDesk desk, ResidentAddText residents,
            WaitingRoomTwiml waitingRoom, TwilioProperties twilio, SecondInterpreter secondInterpreter,
            LanguageMenuTwiml menuTwiml) {
        this.secondInterpreter = secondInterpreter;
        this.menuTwiml = menuTwiml;
        this.records = records;
        this.desk = desk;
        this.residents = residents;
        this.waitingRoom = waitingRoom;
        this.twilio = twilio;
    }

    /**
     * The officer's {@code <Dial>} is over: they pressed {@code *}, or the conference ended (the interpreter left), or
     * they hung up. Twilio asks the same action in each case, and the record hears of the conference's end a moment
     * after Twilio asks, so a connected request is looked at once more after {@value #SETTLE_SECONDS} s: an officer
     * whose call is over must hear goodbye, not the add prompt.
     */
    @PostMapping(WaitingRoomTwiml.STEPPED_OUT_PATH)
    ResponseEntity<String> steppedOut(@RequestParam String requestId,
            @RequestParam(defaultValue = "false") boolean settled,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "CallStatus", required = false) String callStatus) {
        if (callStatus != null && CallStatusWebhook.CALL_OVER.contains(callStatus)) {
            return TwimlReplies.answer(new VoiceResponse.Builder().build()); // Twilio plays nothing to a call that is over
        }
        Optional<RequestRecord> request;
        try {
            request = records.byId(requestId);
        } catch (StoreUnavailable e) {
            // a takeover: the safe way is back into the call, where a second * tries again
            return TwimlReplies.answer(waitingRoom.rejoin(requestId, "One moment."));
        }
        RequestStatus status = request.map(RequestRecord::status).orElse(RequestStatus.ENDED);
        if (status == RequestStatus.CONNECTED && !settled) {
            return TwimlReplies.answer(new VoiceResponse.Builder()
                    .pause(new Pause.Builder().length(SETTLE_SECONDS).build())
                    .redirect(new Redirect.Builder(twilio.publicUrl(WaitingRoomTwiml.STEPPED_OUT_PATH) + "?requestId="
                            + requestId + "&settled=true").method(HttpMethod.POST).build())
                    .build());
        }
        if (status == RequestStatus.CONNECTED) {
            log.info("Request {}: the officer stepped out of the call (call {})", reference(request, requestId),
                    callSid);
            // a number by keys, or a language said (a second interpreter, SecondInterpreter)
            return keys(ASK, new Gather.Builder().finishOnKey("#").inputs(List.of(Gather.Input.DTMF,
                            Gather.Input.SPEECH)).hints(menuTwiml.hints()),
                    ADD_NUMBER_PATH + "?requestId=" + requestId + "&step=" + UUID.randomUUID());
        }
        if (status.awaitingInterpreter() && request.map(r -> r.flags().isEmpty()).orElse(true)) {
            // while holding, * is how a caller warns the interpreter (the greeting says so)
            return keys(FLAG_ASK, new Gather.Builder().numDigits(1).inputs(List.of(Gather.Input.DTMF)),
                    FLAG_PATH + "?requestId=" + requestId);
        }
        if (status.awaitingInterpreter()) {
            return TwimlReplies.answer(waitingRoom.rejoin(requestId,
                    "Your interpreter is not on the line yet. You can add someone once they are. Please hold."));
        }
        return goodbye(request, requestId, status);
    }

    /** The key a holding caller pressed to warn the interpreter; any other key, or none, goes back to holding. */
    @PostMapping(FLAG_PATH)
    ResponseEntity<String> flag(@RequestParam String requestId,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "Digits", required = false) String digits) {
        CallFlag flag = digits == null ? null : switch (digits.strip()) {
            case "1" -> CallFlag.DOMESTIC_VIOLENCE;
            case "2" -> CallFlag.CHILD;
            case "3" -> CallFlag.DEATH;
            default -> null;
        };
        if (flag == null) {
            return TwimlReplies.answer(waitingRoom.rejoin(requestId, "Please hold."));
        }
        Delivery delivery = desk.flag(requestId, List.of(flag), "keypad:" + callSid + ":" + flag);
        if (delivery.failed()) {
            return TwimlReplies.answer(waitingRoom.rejoin(requestId,
                    "Sorry, that did not reach the line. To try again, press star. Please hold."));
        }
        return TwimlReplies.answer(waitingRoom.rejoin(requestId, "Thank you. The interpreter will be told this call "
                + "may involve " + flag.spoken() + ". Please hold."));
    }

    /** The keys the officer pressed after stepping out ({@code step} names the time they did, for a retried webhook). */
    @PostMapping(ADD_NUMBER_PATH)
    ResponseEntity<String> addNumber(@RequestParam String requestId, @RequestParam(required = false) String step,
            @RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "From", required = false) String from,
            @RequestParam(name = "Digits", required = false) String digits,
            @RequestParam(name = "SpeechResult", required = false) String speech) {
        Optional<RequestRecord> request = records.byId(requestId);
        RequestStatus status = request.map(RequestRecord::status).orElse(RequestStatus.ENDED);
        if (status.finished()) {
            // the conference ended while they keyed: putting them back would seat them alone in a new one
            return goodbye(request, requestId, status);
        }
        String said = CleanText.of(speech, SPEECH_MAX);
        if ((digits == null || digits.isBlank()) && !said.isBlank()) {
            log.info("Request {}: the officer said '{}' for a second interpreter", reference(request, requestId), said);
            return TwimlReplies.answer(waitingRoom.rejoin(requestId, secondInterpreter.byVoice(requestId, said)));
        }
        if (digits == null || digits.isBlank()) {
            return TwimlReplies.answer(waitingRoom.rejoin(requestId, "Back to your call."));
        }
        log.info("Request {}: officer {} keyed in {}", reference(request, requestId), PhoneMask.mask(from),
                PhoneMask.mask(digits));
        String outcome = residents.addByKeypad(requestId, digits, "keypad:" + callSid + ":" + step, from);
        return TwimlReplies.answer(waitingRoom.rejoin(requestId, outcome));
    }

    /** Asks with {@code words}; what is pressed (or said), or nothing, goes to {@code pathAndQuery}. */
    private ResponseEntity<String> keys(String words, Gather.Builder gather, String pathAndQuery) {
        return TwimlReplies.answer(new VoiceResponse.Builder()
                .gather(gather
                        .timeout(KEYING_SECONDS)
                        .action(twilio.publicUrl(pathAndQuery))
                        .method(HttpMethod.POST)
                        .actionOnEmptyResult(true)
                        .say(new Say.Builder(words).build())
                        .build())
                .build());
    }

    private static ResponseEntity<String> goodbye(Optional<RequestRecord> request, String requestId,
            RequestStatus status) {
        log.info("Request {}: the officer's call left a conference that is over ({})", reference(request, requestId),
                status);
        return TwimlReplies.answer(TwimlReplies.sayAndHangUp("Your call has ended. Goodbye."));
    }

    /** Whatever went wrong, the officer is put back into the call, never left in Twilio's application error. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e, HttpServletRequest request) {
        String requestId = request.getParameter("requestId");
        log.error("Stepped-out webhook of request {} failed; putting the officer back into the call", requestId, e);
        return TwimlReplies.answer(requestId == null ? TwimlReplies.sayAndHangUp("Sorry, something went wrong.")
                : waitingRoom.rejoin(requestId, "Sorry, that did not work. Back to your call."));
    }

    private static String reference(Optional<RequestRecord> request, String requestId) {
        return request.map(RequestRecord::reference).orElse(requestId);
    }
}
