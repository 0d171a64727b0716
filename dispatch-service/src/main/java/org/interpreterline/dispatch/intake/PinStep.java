package org.interpreterline.dispatch.intake;

import com.twilio.twiml.VoiceResponse;
import java.util.Optional;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.pins.PinGuard;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Callers the line cannot name: the agency PIN question (two tries per call), and no question at all for a
 * number that entered too many wrong PINs lately ({@link PinGuard} counts them across calls). Without agencies
 * with PINs, or when the line refuses unknown callers, they are told how to register and offered the fallback.
 */
@Component
class PinStep {

    private static final Logger log = LoggerFactory.getLogger(PinStep.class);
    private static final int PIN_ATTEMPTS = 2;

    private final PinGuard guard;
    private final DispatchProperties props;
    private final TurnAwayTwiml turnAway;
    private final LanguageMenuTwiml menuTwiml;

    PinStep(PinGuard guard, DispatchProperties props, TurnAwayTwiml turnAway, LanguageMenuTwiml menuTwiml) {
        this.guard = guard;
        this.props = props;
        this.turnAway = turnAway;
        this.menuTwiml = menuTwiml;
    }

    /** What a caller who is not (or cannot now be) recognised by their phone hears first. */
    VoiceResponse ask(String callSid, String from, Identity who) {
        if (!props.asksForPin()) {
            log.info("Call {} from unregistered {}: turned away", callSid, PhoneMask.mask(from));
            return turnAway.notRegistered();
        }
        // restarting: the counts cannot be read either; the PIN entered is counted all the same
        if (!who.restarting() && lockedOut(from)) {
            log.info("Call {} from {}: locked out of PINs, sent on without a PIN question", callSid,
                    PhoneMask.mask(from));
            return turnAway.lockedOut();
        }
        log.info("Call {} from {} {}: asking for an agency PIN", callSid,
                who.restarting() ? "not recognisable while the line restarts" : "unregistered", PhoneMask.mask(from));
        return turnAway.askForPin(who.restarting()
                ? "Interpreter Line. The line is restarting and cannot recognise this phone just now. "
                : "Interpreter Line. This phone is not registered. ", 1);
    }

    /** The PIN the caller entered ({@code Digits}) on their {@code attempt}-th try in this call. */
    VoiceResponse entered(String callSid, String from, String digits, int attempt) {
        if (lockedOut(from)) {
            log.info("Call {} from {}: PIN not checked, the number is locked out", callSid, PhoneMask.mask(from));
            return turnAway.lockedOut();
        }
        if (digits == null || digits.isBlank()) {
            // silence is no guess: not counted, but no more tries than a wrong PIN either
            log.info("Call {} from {}: no PIN entered (attempt {})", callSid, PhoneMask.mask(from), attempt);
            return attempt < PIN_ATTEMPTS ? turnAway.askForPin("Sorry, I did not get a PIN. ", attempt + 1)
                    : turnAway.notRegistered();
        }
        Optional<DispatchProperties.Agency> agency = props.agencyWithPin(digits);
        if (agency.isPresent()) {
            guard.right(from, callSid, attempt, agency.get().name());
            log.info("Call {} from {}: PIN of {} accepted", callSid, PhoneMask.mask(from), agency.get().name());
            return menuTwiml.menu("Thank you. ", 1, agency.get().name());
        }
        PinGuard.Verdict verdict = guard.wrong(from, callSid, attempt);
        log.info("Call {} from {}: wrong PIN (attempt {}): {}", callSid, PhoneMask.mask(from), attempt,
                switch (verdict) {
                    case COUNTED -> "counted";
                    case LOCKED_OUT -> "counted, the number is now locked out of PINs";
                    case NOT_COUNTED -> "could not be counted, no further try";
                });
        return switch (verdict) {
            case LOCKED_OUT -> turnAway.lockedOut();
            case NOT_COUNTED -> turnAway.notRegistered();
            case COUNTED -> attempt < PIN_ATTEMPTS ? turnAway.askForPin("Sorry, that PIN is not valid. ", attempt + 1)
                    : turnAway.notRegistered();
        };
    }

    private boolean lockedOut(String from) {
        try {
            return guard.lockedOut(from);
        } catch (StoreUnavailable e) {
            return false; // restarting: whatever is entered now is counted and judged once the counts are back
        }
    }
}
