package org.interpreterline.dispatch.intake;

import java.util.Optional;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.kafka.StoreUnavailable;
import org.interpreterline.dispatch.requests.NewRequest;
import org.interpreterline.dispatch.requests.OpenedRequest;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.responders.ResponderDirectory;
import org.interpreterline.events.Channel;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The line's voice webhooks (DESIGN.md §3 steps 1-3): who is calling, which language, and into the request's
 * conference. Every answer is TwiML that says something; an unexpected error sends the caller to the
 * fallback provider or back to the menu, never into silence. Nothing here waits on more than the publish
 * acknowledgement of {@link org.interpreterline.dispatch.kafka.DispatchPublisher}.
 */
@RestController
public class VoiceIntake {

    private static final Logger log = LoggerFactory.getLogger(VoiceIntake.class);
    private static final int LAST_MENU_BEFORE_FALLBACK = 2;
    private static final int PIN_ATTEMPTS = 2;

    /** Who is calling: a registered responder, or someone whose agency PIN was right. */
    record Caller(String name, String agency) {
    }

    private final ResponderDirectory responders;
    private final LanguageMenu menu;
    private final LanguageCatalog catalog;
    private final RequestDesk desk;
    private final DispatchProperties props;
    private final LanguageMenuTwiml menuTwiml;
    private final WaitingRoomTwiml waitingRoom;
    private final HoldMessage holdMessage;
    private final TurnAwayTwiml turnAway;

    public VoiceIntake(ResponderDirectory responders, LanguageMenu menu, LanguageCatalog catalog, RequestDesk desk,
            DispatchProperties props, LanguageMenuTwiml menuTwiml, WaitingRoomTwiml waitingRoom,
            HoldMessage holdMessage, TurnAwayTwiml turnAway) {
        this.responders = responders;
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
        Optional<Caller> caller = identify(from, null);
        if (caller.isPresent()) {
            log.info("Call {} from {}: language menu", callSid, PhoneMask.mask(from));
            return Twiml.xml(menuTwiml.menu("Interpreter Line. ", 1, null));
        }
        if (props.asksForPin()) {
            log.info("Call {} from unregistered {}: asking for an agency PIN", callSid, PhoneMask.mask(from));
            return Twiml.xml(turnAway.askForPin("Interpreter Line. This phone is not registered. ", 1));
        }
        log.info("Call {} from unregistered {}: turned away", callSid, PhoneMask.mask(from));
        return Twiml.xml(turnAway.notRegistered());
    }

    @PostMapping("/twilio/voice/pin")
    ResponseEntity<String> pin(@RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "From", required = false) String from,
            @RequestParam(name = "Digits", required = false) String digits,
            @RequestParam(name = "attempt", defaultValue = "1") int attempt) {
        Optional<DispatchProperties.Agency> agency = props.agencyWithPin(digits);
        if (agency.isPresent()) {
            log.info("Call {} from {}: PIN of {} accepted", callSid, PhoneMask.mask(from), agency.get().name());
            return Twiml.xml(menuTwiml.menu("Thank you. ", 1, agency.get().name()));
        }
        log.info("Call {} from {}: wrong PIN (attempt {})", callSid, PhoneMask.mask(from), attempt);
        return Twiml.xml(attempt < PIN_ATTEMPTS
                ? turnAway.askForPin("Sorry, that PIN is not valid. ", attempt + 1)
                : turnAway.notRegistered());
    }

    @PostMapping("/twilio/voice/language")
    ResponseEntity<String> language(@RequestParam(name = "CallSid", required = false) String callSid,
            @RequestParam(name = "From", required = false) String from,
            @RequestParam(name = "Digits", required = false) String digits,
            @RequestParam(name = "SpeechResult", required = false) String speech,
            @RequestParam(name = "attempt", defaultValue = "1") int attempt,
            @RequestParam(name = "agency", required = false) String agency,
            @RequestParam(name = "spoken", defaultValue = "false") boolean spoken) {
        Optional<Caller> caller = identify(from, agency);
        if (caller.isEmpty()) {
            return Twiml.xml(turnAway.notRegistered());
        }
        if (!spoken && menu.asksToSayTheLanguage(digits)) {
            return Twiml.xml(menuTwiml.sayTheLanguage(attempt, agency));
        }
        Optional<Language> chosen = digits != null && !digits.isBlank() ? menu.forDigit(digits)
                : catalog.resolve(speech);
        if (chosen.isEmpty()) {
            return Twiml.xml(unclear(callSid, from, digits, speech, attempt, agency));
        }
        if (callSid == null || callSid.isBlank()) {
            // cannot happen with Twilio; without a CallSid there is no idempotent request id
            return Twiml.xml(menuTwiml.menu("Sorry, something went wrong. ", attempt + 1, agency));
        }
        return open(callSid, from, chosen.get(), caller.get(), attempt, agency);
    }

    @PostMapping("/twilio/voice/hold")
    ResponseEntity<String> hold(@RequestParam(name = "requestId", required = false) String requestId) {
        return Twiml.xml(waitingRoom.hold(requestId == null ? HoldMessage.CONNECTING
                : holdMessage.forRequest(requestId)));
    }

    /** Whatever went wrong, the caller hears a sentence and gets a way on, never Twilio's application error. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e) {
        log.error("Voice webhook failed; sending the caller on", e);
        String sorry = "Sorry, something went wrong on our side.";
        return Twiml.xml(turnAway.hasFallback() ? turnAway.toFallback(sorry)
                : menuTwiml.menu(sorry + " Please try again. ", LAST_MENU_BEFORE_FALLBACK + 1, null));
    }

    private ResponseEntity<String> open(String callSid, String from, Language language, Caller caller, int attempt,
            String agency) {
        OpenedRequest opened = desk.open(new NewRequest(RequestIds.voice(callSid), language, Channel.VOICE,
                props.voicePriority(), caller.agency(), caller.name(), from, callSid, null));
        if (opened.delivery().failed()) {
            String sorry = "Sorry, we could not open your request.";
            return Twiml.xml(turnAway.hasFallback() ? turnAway.toFallback(sorry)
                    : menuTwiml.menu(sorry + " Please try again. ", attempt + 1, agency));
        }
        return Twiml.xml(waitingRoom.join(opened));
    }

    private com.twilio.twiml.VoiceResponse unclear(String callSid, String from, String digits, String speech,
            int attempt, String agency) {
        log.info("Call {} from {}: language not understood (attempt {}): {}", callSid, PhoneMask.mask(from), attempt,
                digits != null && !digits.isBlank() ? "pressed " + digits
                        : speech == null || speech.isBlank() ? "no answer" : "said '" + shorten(speech) + "'");
        if (attempt < LAST_MENU_BEFORE_FALLBACK) {
            return menuTwiml.menu("Sorry, I didn't catch that. ", attempt + 1, agency);
        }
        String sorry = "Sorry, I could not understand which language you need.";
        return turnAway.hasFallback() ? turnAway.toFallback(sorry)
                : menuTwiml.menu(sorry + " Let's try once more. ", attempt + 1, agency);
    }

    private Optional<Caller> identify(String from, String agency) {
        if (agency != null && props.agencies().stream().anyMatch(a -> a.name().equals(agency))) {
            return Optional.of(new Caller(null, agency));
        }
        try {
            return responders.byPhone(from).map(r -> new Caller(r.name(), r.agency()));
        } catch (StoreUnavailable e) {
            // restarting: an officer must not be turned away because the directory is still loading
            log.warn("Responder directory not ready; letting {} through to the menu", PhoneMask.mask(from));
            return Optional.of(new Caller(null, null));
        }
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...";
    }
}
