package org.interpreterline.dispatch.intake;

import com.twilio.twiml.VoiceResponse;
import java.util.Optional;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.requests.NewRequest;
import org.interpreterline.dispatch.requests.OpenedRequest;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.Channel;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.text.CleanText;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The line's voice webhooks (docs/architecture.md, A voice request): who is calling, which language, and into the
 * request's conference (by way of the {@link SpokenNoteStep}). Every answer is TwiML that says something; an
 * unexpected error sends the caller to the fallback provider or back to the menu, never into silence. Nothing here waits on more than the publish
 * acknowledgement of {@link org.interpreterline.dispatch.publishing.DispatchPublisher}. A caller the line cannot name
 * (unregistered, or not recognisable while the line restarts) goes to the {@link PinStep}; a call that already
 * opened a request opens no second one ({@link TakenCalls}).
 */
@RestController
class VoiceIntake {

    private static final Logger log = LoggerFactory.getLogger(VoiceIntake.class);
    private static final int LAST_MENU_BEFORE_FALLBACK = 2;
    /** Without a fallback provider, how often the menu comes round before the caller is told goodbye. */
    static final int LAST_MENU = 6;
    /**
     * How many times a caller whose choice met a request record that cannot be read (a takeover, a rebalance) is
     * asked to hold two seconds while it is tried again, before being told the line is restarting: the chaos run
     * lost callers who had pressed their language once and were sent back to the menu.
     */
    static final int MOST_WAITS_FOR_THE_RECORD = 5;
    private static final int SPEECH_MAX = 200;

    private final CallerIdentities identities;
    private final PinStep pinStep;
    private final TakenCalls takenCalls;
    private final LanguageMenu menu;
    private final LanguageCatalog catalog;
    private final RequestDesk desk;
    private final DispatchProperties props;
    private final LanguageMenuTwiml menuTwiml;
    private final WaitingRoomTwiml waitingRoom;
    private final HoldMessage holdMessage;
    private final TurnAwayTwiml turnAway;
    private final RequestRecords records;
    private final SpokenNoteStep noteStep;
    private final LineRosters rosters;

    VoiceIntake(CallerIdentities identities, PinStep pinStep, TakenCalls takenCalls, LanguageMenu menu,
            LanguageCatalog catalog, RequestDesk desk, DispatchProperties props, LanguageMenuTwiml menuTwiml,
            WaitingRoomTwiml waitingRoom, HoldMessage holdMessage, TurnAwayTwiml turnAway, RequestRecords records,
            SpokenNoteStep noteStep, LineRosters rosters) {
        this.rosters = rosters;
        this.records = records;
        this.noteStep = noteStep;
        this.identities = identities;
        this.pinStep = pinStep;
        this.takenCalls = takenCalls;
        this.menu = menu;
        this.catalog = catalog;
        this.desk = desk;
        this.props = props;
        this.menuTwiml = menuTwiml;
        this.waitingRoom = waitingRoom;
        this.holdMessage = holdMessage;
        this.turnAway = turnAway;
    }

    @PostMapping("/twilio/voice")
    ResponseEntity<String> incoming(@RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "From", required = false) String from) {
        Identity who = identities.of(from, null);
        if (who.known().isPresent()) {
            log.info("Call {} from {}: language menu", callSid, PhoneMask.mask(from));
            return TwimlReplies.answer(menuTwiml.menu("Interpreter Line. ", 1, null));
        }
        return TwimlReplies.answer(pinStep.ask(callSid, from, who));
    }

    @PostMapping("/twilio/voice/pin")
    ResponseEntity<String> pin(@RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "From", required = false) String from,
            @RequestParam(name = "Digits", required = false) String digits,
            @RequestParam(name = "attempt", defaultValue = "1") int attempt) {
        return TwimlReplies.answer(pinStep.entered(callSid, from, digits, attempt));
    }

    /**
     * @param to the line number the officer dialled, which names the roster the request is for: Twilio sends it on
     *           every webhook of the call, so this step, which opens the request, reads it itself
     */
    @PostMapping("/twilio/voice/language")
    ResponseEntity<String> language(@RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "From", required = false) String from,
            @RequestParam(name = "To", required = false) String to,
            @RequestParam(name = "Digits", required = false) String digits,
            @RequestParam(name = "SpeechResult", required = false) String speech,
            @RequestParam(name = "attempt", defaultValue = "1") int attempt,
            @RequestParam(name = "agency", required = false) String agency,
            @RequestParam(name = "spoken", defaultValue = "false") boolean spoken,
            @RequestParam(name = "waited", defaultValue = "0") int waited) {
        speech = CleanText.of(speech, SPEECH_MAX);
        Identity who = identities.of(from, agency);
        Optional<Caller> caller = who.known();
        if (caller.isEmpty()) {
            return TwimlReplies.answer(pinStep.ask(callSid, from, who));
        }
        if (!spoken && menu.asksToSayTheLanguage(digits)) {
            return TwimlReplies.answer(menuTwiml.sayTheLanguage(attempt, agency));
        }
        // 9: the interpreter of the caller's last connected request, in that request's language (looked up below)
        boolean sameInterpreter = !spoken && menu.asksForTheSameInterpreter(digits);
        Optional<Language> chosen = sameInterpreter ? Optional.empty()
                : digits != null && !digits.isBlank() ? menu.forDigit(digits) : catalog.resolve(speech);
        if (!sameInterpreter && chosen.isEmpty()) {
            return TwimlReplies.answer(unclear(callSid, from, digits, speech, attempt, agency));
        }
        if (callSid == null || callSid.isBlank()) {
            // cannot happen with Twilio; without a CallSid there is no idempotent request id
            return TwimlReplies.answer(menuTwiml.menu("Sorry, something went wrong. ", attempt + 1, agency));
        }
        Optional<TakenCalls.Taken> taken;
        Optional<RequestRecord> earlier = Optional.empty();
        try {
            taken = takenCalls.of(callSid);
            if (sameInterpreter && taken.isEmpty()) {
                earlier = records.lastConnected(from, null);
            }
        } catch (StoreUnavailable e) {
            // whether this call already opened a request cannot be told: opening one again could be a replay
            if (waited < MOST_WAITS_FOR_THE_RECORD) {
                // a takeover or a rebalance lasts seconds: the caller holds on and the same choice is tried again
                log.info("Call {} from {}: the request record is not ready; the caller holds ({})", callSid,
                        PhoneMask.mask(from), waited + 1);
                return TwimlReplies.answer(menuTwiml.oneMoment(attempt, agency, spoken, digits, speech, waited + 1));
            }
            log.warn("Call {} from {}: the request record is not ready, no request opened", callSid,
                    PhoneMask.mask(from));
            return TwimlReplies.answer(sorry("Sorry, the line is restarting and could not take your request.", attempt,
                    agency));
        }
        if (taken.isPresent()) {
            log.info("Call {} from {}: its request {} was opened before ({}): answered again, nothing opened",
                    callSid, PhoneMask.mask(from), taken.get().request().reference(), taken.get().request().status());
            return TwimlReplies.answer(taken.get().answer());
        }
        if (sameInterpreter) {
            log.info("Call {} from {}: the interpreter from the last call asked for: {}", callSid,
                    PhoneMask.mask(from), earlier.map(r -> "request " + r.reference()).orElse("none found"));
            chosen = earlier.flatMap(r -> catalog.byTag(r.language()));
            if (chosen.isEmpty()) {
                return TwimlReplies.answer(menuTwiml.menu(
                        "Sorry, we found no earlier call of yours with an interpreter. ", attempt + 1, agency));
            }
        }
        return open(callSid, from, chosen.get(), caller.get(), attempt, agency,
                earlier.map(RequestRecord::interpreterId).orElse(null), rosters.rosterReachedOn(to));
    }

    @PostMapping("/twilio/voice/hold")
    ResponseEntity<String> hold(@RequestParam(name = "requestId", required = false) String requestId) {
        return TwimlReplies.answer(waitingRoom.hold(requestId == null ? HoldMessage.CONNECTING
                : holdMessage.forRequest(requestId)));
    }

    /** Whatever went wrong, the caller hears a sentence and gets a way on, never Twilio's application error. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e) {
        log.error("Voice webhook failed; sending the caller on", e);
        return TwimlReplies.answer(sorry("Sorry, something went wrong on our side.", LAST_MENU_BEFORE_FALLBACK, null));
    }

    private ResponseEntity<String> open(String callSid, String from, Language language, Caller caller, int attempt,
            String agency, String preferredInterpreterId, String roster) {
        OpenedRequest opened = desk.open(new NewRequest(RequestIds.voice(callSid), language, Channel.VOICE,
                props.voicePriority(), caller.agency(), caller.name(), from, callSid, null, preferredInterpreterId,
                roster));
        if (opened.delivery().failed()) {
            return TwimlReplies.answer(sorry("Sorry, we could not open your request.", attempt, agency));
        }
        return TwimlReplies.answer(noteStep.ask(opened));
    }

    /** The fallback provider after {@code sorry}, or without one the menu again, up to {@link #LAST_MENU}. */
    private VoiceResponse sorry(String sorry, int attempt, String agency) {
        return turnAway.hasFallback() || attempt >= LAST_MENU ? turnAway.noLanguageChosen(sorry)
                : menuTwiml.menu(sorry + " Please try again. ", attempt + 1, agency);
    }

    private VoiceResponse unclear(String callSid, String from, String digits, String speech, int attempt,
            String agency) {
        log.info("Call {} from {}: language not understood (attempt {}): {}", callSid, PhoneMask.mask(from), attempt,
                digits != null && !digits.isBlank() ? "pressed " + digits
                        : speech == null || speech.isBlank() ? "no answer" : "said '" + shorten(speech) + "'");
        if (attempt < LAST_MENU_BEFORE_FALLBACK) {
            return menuTwiml.menu("Sorry, I didn't catch that. ", attempt + 1, agency);
        }
        String sorry = "Sorry, I could not understand which language you need.";
        return turnAway.hasFallback() || attempt >= LAST_MENU ? turnAway.noLanguageChosen(sorry)
                : menuTwiml.menu(sorry + " Let's try once more. ", attempt + 1, agency);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...";
    }
}
