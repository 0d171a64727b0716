package org.interpreterline.notification.offers;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.calls.CallNotPlaced;
import org.interpreterline.events.calls.CallPlaced;
import org.interpreterline.events.calls.KeyPressed;
import org.interpreterline.events.calls.OfferCallProgressed;
import org.interpreterline.events.calls.OfferPickedUp;
import org.interpreterline.events.calls.PromptUnanswered;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.OfferStanding;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.Reports;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.calls.RingingOffer.Stage;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call desk's rules for offer calls: rings the interpreter of an {@code OfferMade} once (never after its
 * deadline), hangs up a withdrawn offer, and turns what the offer call's webhooks learned into one report per
 * offer. An interpreter the line is still talking to about an offer it took back (a parallel-ring "1" that came
 * second) is rung once that call is over, not into a busy phone: a busy signal would count as a missed offer.
 */
public final class OfferCalls {

    private static final Logger log = LoggerFactory.getLogger(OfferCalls.class);
    /** The longest an offer waits for the line's previous call to the same interpreter to end. */
    static final Duration PREVIOUS_CALL_GRACE = Duration.ofSeconds(5);
    private static final Duration RECENT = Duration.ofMinutes(1);
    private static final String DIAL = "dial:";
    /** A timer per accepted offer whose interpreter has not been heard to join the conference. */
    public static final String BRIDGE_WATCH = "bridge:";

    private final CallLedger ledger;
    private final OfferReports outcomes;
    private final PhoneWork phones;
    private final Reports reports;
    private final Duration adoptAfter;
    private final Duration bridgeWatch;

    /**
     * @param bridgeWatch how long an accepting interpreter may take to reach the conference before Twilio is asked
     *                    whether their call is still on: longer than the bridge's own patience
     */
    public OfferCalls(CallLedger ledger, OfferReports outcomes, PhoneWork phones, Reports reports,
            Duration adoptAfter, Duration bridgeWatch) {
        this.ledger = ledger;
        this.outcomes = outcomes;
        this.phones = phones;
        this.reports = reports;
        this.adoptAfter = adoptAfter;
        this.bridgeWatch = bridgeWatch;
    }

    public void made(OfferMade made) {
        if (ledger.offer(made.offerId()) != null) {
            log.info("Offer {} of request {} not dialled again", made.offerId(), made.requestId());
            return;
        }
        ledger.learn(CallRequest.learned(made.rosterId(), made.requestId(), null, made.channel(), made.language(),
                made.agency(), made.requesterPhone(), made.requesterCallSid(), false,
                reports.now()).withRoster(made.roster()));
        RingingOffer offer = ledger.put(RingingOffer.of(made, reports.now()).warnedOf(flaggedLater(made.requestId())));
        if (made.deadline() != null && !made.deadline().isAfter(reports.now())) {
            log.info("Offer {} of request {} not dialled: its deadline {} has passed", made.offerId(),
                    made.requestId(), made.deadline());
            return;
        }
        if (made.interpreterPhone() == null || made.interpreterPhone().isBlank()) {
            log.warn("Offer {} of request {}: interpreter {} has no phone number", made.offerId(), made.requestId(),
                    made.interpreterId());
            outcomes.notAnswered(offer, OfferNotAnswered.Outcome.FAILED, null);
            return;
        }
        if (talkingAboutAnother(made)) {
            Instant until = reports.now().plus(PREVIOUS_CALL_GRACE);
            ledger.put(offer.deferUntil(until));
            ledger.due(DIAL + made.offerId(), until);
            log.info("Offer {} of request {}: interpreter {} is still on the line's call about an offer taken back; "
                    + "ringing once it ends", made.offerId(), made.requestId(), made.interpreterId());
            return;
        }
        // read long after it was made: probably read again after a takeover, when the dial may have gone out
        boolean late = made.occurredAt() != null
                && Duration.between(made.occurredAt(), reports.now()).compareTo(adoptAfter) > 0;
        dial(offer, late);
    }

    private void dial(RingingOffer offer, boolean lookForRingingCall) {
        ledger.put(offer.deferUntil(null).advancedTo(Stage.DIALLED));
        ledger.calling(offer);
        phones.dialOffer(offer.made(), lookForRingingCall);
    }

    /**
     * Whether the line may still be on the phone with this interpreter about another offer it took back: that call is
     * being placed, rings, or plays its prompt or its goodbye, and has not been heard to end.
     */
    private boolean talkingAboutAnother(OfferMade made) {
        RingingOffer other = ledger.latestCallTo(made.interpreterId());
        return other != null && !other.offerId().equals(made.offerId()) && other.withdrawn()
                && other.stage() != Stage.NEW && other.stage() != Stage.DECLINED && other.stage() != Stage.ENDED
                && other.made().occurredAt() != null
                && other.made().occurredAt().isAfter(reports.now().minus(RECENT));
    }

    /**
     * Rings the offers that waited for their interpreter's previous call: those whose wait is over, and those of
     * {@code freed} (whose call just ended), if not null.
     */
    public void dialWaiting(String freed) {
        Instant now = reports.now();
        for (String timer : ledger.timers(DIAL, due -> true)) {
            RingingOffer offer = ledger.offer(timer.substring(DIAL.length()));
            if (offer == null || offer.stage() != Stage.NEW || offer.withdrawn()) {
                ledger.done(timer);
                continue;
            }
            boolean free = offer.made().interpreterId().equals(freed);
            if (!free && offer.deferredUntil() != null && offer.deferredUntil().isAfter(now)) {
                continue;
            }
            ledger.done(timer);
            if (offer.made().deadline() != null && !offer.made().deadline().isAfter(now)) {
                log.info("Offer {} of request {} not dialled: its deadline passed while it waited", offer.offerId(),
                        offer.requestId());
                continue;
            }
            // a waiting offer was never dialled: nothing to adopt, and the call it waited for must not be taken
            dial(offer, false);
        }
    }

    /**
     * Accepted offers whose interpreter has not joined the conference for a while: the webhook that said their call
     * ended may have been lost (sent while an instance died), and nothing else would ever tell the roster, which
     * keeps the request for them while the caller holds. Twilio is asked; until the interpreter joins or the
     * offer is over, it is asked again each {@code bridgeWatch}.
     */
    public void watchBridges() {
        Instant now = reports.now();
        for (String timer : ledger.timers(BRIDGE_WATCH, due -> !due.isAfter(now))) {
            RingingOffer offer = ledger.offer(timer.substring(BRIDGE_WATCH.length()));
            if (offer == null || offer.withdrawn() || offer.bridged() || offer.stage() != Stage.ACCEPTED
                    || offer.callSid() == null) {
                ledger.done(timer);
                continue;
            }
            log.info("Offer {} of request {}: interpreter {} accepted {} ago and has not joined the conference; asking"
                    + " Twilio about call {}", offer.offerId(), offer.requestId(), offer.made().interpreterId(),
                    bridgeWatch, offer.callSid());
            phones.checkOfferCall(offer);
            ledger.due(timer, now.plus(bridgeWatch));
        }
    }

    /**
     * The officer flagged the request after its offers went out: an interpreter who has not heard the prompt yet, or
     * asks to hear it again, is warned.
     */
    public void flagged(RequestFlagged flagged) {
        // kept for an offer the roster made before it read the flags, which may reach the desk after them
        flagged.flags().forEach(flag -> ledger.firstTime(flaggedLater(flagged.requestId(), flag)));
        for (RingingOffer offer : ledger.offersOf(flagged.requestId())) {
            ledger.put(offer.warnedOf(flagged.flags()));
        }
        log.info("Request {}: flagged by the officer ({}): its offers warn of it", flagged.requestId(),
                flagged.flags());
    }

    private List<CallFlag> flaggedLater(String requestId) {
        return Arrays.stream(CallFlag.values()).filter(flag -> ledger.seen(flaggedLater(requestId, flag))).toList();
    }

    private static String flaggedLater(String requestId, CallFlag flag) {
        return "flagged|" + requestId + "|" + flag;
    }

    public void withdrawn(OfferWithdrawn withdrawn) {
        RingingOffer before = ledger.offer(withdrawn.offerId());
        if (before == null) {
            log.info("Offer {} withdrawn ({}): not known here", withdrawn.offerId(), withdrawn.reason());
            return;
        }
        ledger.put(before.withdraw());
        if (before.withdrawn()) {
            return;
        }
        String sid = before.callSid();
        if (sid == null) {
            // a dial under way comes back with its CallSid (see placed), and is cancelled then
            log.info("Offer {} withdrawn ({}) at stage {}; no call to hang up yet", before.offerId(),
                    withdrawn.reason(), before.stage());
            return;
        }
        String what = "offer " + before.offerId() + " withdrawn (" + withdrawn.reason() + ")";
        switch (before.stage()) {
            case NEW, DIALLED, RINGING -> phones.cancelCall(before.requestId(), sid,
                    TwimlReplies.xml(OfferTwiml.noLongerNeeded()), what + ": ringing call cancelled");
            case ANSWERED -> phones.updateCall(before.requestId(), sid, TwimlReplies.xml(OfferTwiml.noLongerNeeded()),
                    what + ": interpreter told it is no longer needed");
            // an accepting interpreter is in the bridge loop, which hears it within a second; the others
            // have hung up already
            case ACCEPTED, DECLINED, ENDED -> log.info("Offer {} withdrawn ({}) at stage {}", before.offerId(),
                    withdrawn.reason(), before.stage());
        }
    }

    public void placed(CallPlaced placed) {
        RingingOffer offer = ledger.offer(placed.offerId());
        if (offer == null || placed.callSid() == null) {
            return;
        }
        offer = ledger.put(offer.withCallSid(placed.callSid()));
        if (offer.withdrawn() && offer.unanswered()) {
            phones.cancelCall(offer.requestId(), placed.callSid(), TwimlReplies.xml(OfferTwiml.noLongerNeeded()),
                    "offer " + offer.offerId() + " withdrawn while ringing started");
        }
    }

    public void notPlaced(CallNotPlaced notPlaced) {
        RingingOffer offer = ledger.offer(notPlaced.offerId());
        if (offer != null) {
            // a dial the breaker kept from Twilio, or that Twilio failed on every try, says nothing about the
            // interpreter: the roster escalates or moves on without counting them a miss
            OfferNotAnswered.Outcome outcome = notPlaced.twilioUnavailable() ? OfferNotAnswered.Outcome.TWILIO_UNAVAILABLE
                    : notPlaced.twilioFailed() ? OfferNotAnswered.Outcome.TWILIO_FAILED : OfferNotAnswered.Outcome.FAILED;
            outcomes.notAnswered(offer, outcome, null);
            dialWaiting(offer.made().interpreterId());
        }
    }

    public void progressed(OfferCallProgressed progressed) {
        String status = progressed.status() == null ? "" : progressed.status().toLowerCase(Locale.ROOT);
        if (!ledger.firstTime("offer-status|" + progressed.callSid() + "|" + status)) {
            return; // Twilio retried the callback
        }
        RingingOffer before = ledger.offer(progressed.offerId());
        if (before == null) {
            log.info("Offer {} (unknown here) call {}: {}", progressed.offerId(), progressed.callSid(), status);
            return;
        }
        logChange(before, progressed.callSid(), status);
        RingingOffer offer = ledger.put(before.withCallSid(progressed.callSid()));
        switch (status) {
            case "queued", "initiated" -> ledger.put(offer.advancedTo(Stage.DIALLED));
            case "ringing" -> ledger.put(offer.advancedTo(Stage.RINGING));
            case "in-progress", "answered" -> ledger.put(offer.advancedTo(Stage.ANSWERED));
            case "busy" -> endUnanswered(offer, progressed.callSid(), OfferNotAnswered.Outcome.BUSY);
            case "no-answer" -> endUnanswered(offer, progressed.callSid(), OfferNotAnswered.Outcome.NO_ANSWER);
            case "failed" -> endUnanswered(offer, progressed.callSid(), OfferNotAnswered.Outcome.FAILED);
            case "completed" -> completed(before, offer, progressed.callSid());
            // by the line itself, after a withdrawal: nothing to report, but the interpreter's phone is free
            case "canceled" -> ledger.put(offer.advancedTo(Stage.ENDED));
            default -> {
            }
        }
        if (List.of("busy", "no-answer", "failed", "canceled", "completed").contains(status)) {
            RingingOffer ended = ledger.offer(before.offerId());
            if (ended != null && ended.stage() != Stage.ENDED) {
                ledger.put(ended.advancedTo(Stage.ENDED));
            }
            dialWaiting(before.made().interpreterId());
        }
    }

    private void completed(RingingOffer before, RingingOffer offer, String callSid) {
        // answered, then hung up without a key (nothing goes out for an offer already reported)
        outcomes.notAnswered(offer, OfferNotAnswered.Outcome.HUNG_UP, callSid);
        CallRequest request = ledger.request(before.requestId());
        boolean requestGone = request != null && request.cancelled();
        if (before.stage() == Stage.ACCEPTED && !before.withdrawn() && !requestGone && !before.bridged()) {
            outcomes.leftBeforeTheBridge(before, callSid);
        }
    }

    private void endUnanswered(RingingOffer offer, String callSid, OfferNotAnswered.Outcome outcome) {
        if (offer.unanswered()) {
            outcomes.notAnswered(offer, outcome, callSid);
        }
    }

    public void pickedUp(OfferPickedUp pickedUp) {
        RingingOffer offer = ledger.offer(pickedUp.offerId());
        if (offer == null) {
            return;
        }
        offer = ledger.put(offer.withCallSid(pickedUp.callSid()).advancedTo(Stage.ANSWERED));
        if (pickedUp.byMachine()) {
            // a voicemail must never hear, let alone "accept", an offer
            outcomes.notAnswered(offer, OfferNotAnswered.Outcome.VOICEMAIL, pickedUp.callSid());
        }
    }

    public void promptUnanswered(PromptUnanswered silent) {
        RingingOffer offer = ledger.offer(silent.offerId());
        if (offer != null) {
            outcomes.notAnswered(ledger.put(offer.withCallSid(silent.callSid())), OfferNotAnswered.Outcome.SILENT,
                    silent.callSid());
        }
    }

    /** The webhook already answered the interpreter; here the answer is reported, once, if the offer still stands. */
    public void keyPressed(KeyPressed pressed) {
        RingingOffer offer = ledger.offer(pressed.offerId());
        if (offer == null) {
            return;
        }
        offer = ledger.put(offer.withCallSid(pressed.callSid()));
        String key = pressed.digits() == null ? "" : pressed.digits().strip();
        if (offer.reported()) {
            return; // a retried or late key: the first answer stands
        }
        if (!OfferStanding.wanted(offer, ledger.request(offer.requestId()), ledger::offer)) {
            if (OfferPrompt.ACCEPT_DIGIT.equals(key)) {
                log.info("Offer {} of request {}: a late acceptance, the request is no longer needed",
                        offer.offerId(), offer.requestId());
            }
            return;
        }
        switch (key) {
            case OfferPrompt.ACCEPT_DIGIT -> {
                outcomes.answered(offer, OfferAnswered.Answer.ACCEPTED, pressed.callSid());
                ledger.due(BRIDGE_WATCH + offer.offerId(), reports.now().plus(bridgeWatch));
            }
            case OfferPrompt.DECLINE_DIGIT -> outcomes.answered(offer, OfferAnswered.Answer.DECLINED,
                    pressed.callSid());
            case OfferPrompt.CONFLICT_DIGIT -> outcomes.answered(offer, OfferAnswered.Answer.CONFLICT,
                    pressed.callSid());
            default -> {
            }
        }
    }

    private void logChange(RingingOffer offer, String callSid, String status) {
        OfferMade made = offer.made();
        CallRequest request = ledger.request(made.requestId());
        String reference = request != null ? request.spokenReference() : made.requestId();
        log.info("Offer call {} for request {} ({} to interpreter {} at {}): {}", callSid, reference,
                made.language(), made.interpreterId(), PhoneMask.mask(made.interpreterPhone()), status);
    }
}
