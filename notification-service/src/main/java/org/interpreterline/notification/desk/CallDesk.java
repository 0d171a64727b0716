package org.interpreterline.notification.desk;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.calls.CallFact;
import org.interpreterline.events.calls.CallNotPlaced;
import org.interpreterline.events.calls.CallPlaced;
import org.interpreterline.events.calls.CallPurpose;
import org.interpreterline.events.calls.CallbackProgressed;
import org.interpreterline.events.calls.ConferenceReported;
import org.interpreterline.events.calls.KeyPressed;
import org.interpreterline.events.calls.OfferCallProgressed;
import org.interpreterline.events.calls.OfferPickedUp;
import org.interpreterline.events.calls.PromptUnanswered;
import org.interpreterline.events.calls.ResidentCallProgressed;
import org.interpreterline.events.calls.TextNotSent;
import org.interpreterline.events.calls.TextSent;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.CanaryRequested;
import org.interpreterline.events.dispatch.CancelTexted;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.dispatch.RequesterHungUp;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.notification.MessageFailed;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.roster.CanaryChecked;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.events.roster.SameInterpreterOutcome;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.callbacks.CallbackMissed;
import org.interpreterline.notification.callbacks.FallbackTransfer;
import org.interpreterline.notification.callbacks.RequesterCallback;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.Reports;
import org.interpreterline.notification.cancellations.RequestCancellation;
import org.interpreterline.notification.conferences.ConferenceReports;
import org.interpreterline.notification.conferences.RelayAnnouncements;
import org.interpreterline.notification.offers.OfferCalls;
import org.interpreterline.notification.offers.OfferReports;
import org.interpreterline.notification.offers.SpokenNotes;
import org.interpreterline.notification.residents.ResidentCalls;
import org.interpreterline.notification.residents.ResidentDialling;
import org.interpreterline.notification.residents.ResidentOutcomeCounts;
import org.interpreterline.notification.texts.StatusTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call desk: one instance per roster partition, so everything about one roster is decided in order by one
 * thread from its stores, and a store update commits with the events it causes (exactly_once_v2). Routes each
 * event and fact to the rule that owns it; an event id seen before is dropped. Twilio work is only asked for here
 * ({@link PhoneWork}) and done elsewhere; its results come back as facts.
 */
final class CallDesk implements Processor<String, LineEvent, String, NotificationEvent>, Reports {

    private static final Logger log = LoggerFactory.getLogger(CallDesk.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int BRIDGE_SLACK_SECONDS = 5;

    private final NotificationProperties props;
    private final PhoneWork phones;
    private final Duration pruneEvery;
    private final ResidentDialling dialling;
    private final ResidentOutcomeCounts residentCounts;
    private ResidentCalls residents;
    private ProcessorContext<String, NotificationEvent> context;
    private CallLedger ledger;
    private OfferCalls offers;
    private SpokenNotes notes;
    private ConferenceReports conferences;
    private RelayAnnouncements relays;
    private StatusTexts texts;
    private RequesterCallback callbacks;
    private FallbackTransfer fallback;
    private RequestCancellation cancellation;
    private Instant lastPrune = Instant.EPOCH;

    CallDesk(NotificationProperties props, PhoneWork phones, Duration pruneEvery, ResidentDialling dialling,
            ResidentOutcomeCounts residentCounts) {
        this.props = props;
        this.phones = phones;
        this.pruneEvery = pruneEvery;
        this.dialling = dialling;
        this.residentCounts = residentCounts;
    }

    @Override
    public void init(ProcessorContext<String, NotificationEvent> context) {
        this.context = context;
        ledger = new CallLedger(context.getStateStore(CallLedger.OFFERS), context.getStateStore(CallLedger.REQUESTS),
                context.getStateStore(CallLedger.LEGS), context.getStateStore(CallLedger.INTERPRETER_CALLS),
                context.getStateStore(CallLedger.HANDLED), context.getStateStore(CallLedger.TIMERS), this);
        // the bridge waits a second at a time for the roster, bridgeAttempts times; a little longer is a lost webhook
        offers = new OfferCalls(ledger, new OfferReports(ledger, this), phones, this, props.adoptAfter(),
                Duration.ofSeconds(props.bridgeAttempts() + BRIDGE_SLACK_SECONDS));
        notes = new SpokenNotes(ledger, phones, this, props.spokenNoteRetention());
        conferences = new ConferenceReports(ledger, this, phones);
        relays = new RelayAnnouncements(ledger, phones);
        texts = new StatusTexts(ledger, phones, this, props.openingWait());
        CallbackMissed missed = new CallbackMissed(ledger, phones);
        callbacks = new RequesterCallback(ledger, phones, missed);
        fallback = new FallbackTransfer(phones);
        cancellation = new RequestCancellation(ledger, phones);
        residents = new ResidentCalls(ledger, context.getStateStore(ResidentCalls.STORE), dialling, phones, this,
                residentCounts);
        lastPrune = now();
        context.schedule(TICK, PunctuationType.WALL_CLOCK_TIME, at -> tick());
    }

    /**
     * Offers that waited for their interpreter, accepted offers whose interpreter never arrived, texts that waited
     * for an opening, spoken notes kept long enough, and now and then a prune.
     */
    private void tick() {
        offers.dialWaiting(null);
        offers.watchBridges();
        texts.waitedLongEnough();
        notes.deleteDue();
        Instant now = now();
        if (!now.isBefore(lastPrune.plus(pruneEvery))) {
            lastPrune = now;
            int gone = ledger.prune(now.minus(props.horizon()));
            if (gone > 0) {
                log.info("Forgot {} entries unchanged for {}; left {}", gone, props.horizon(), ledger.sizes());
            }
        }
    }

    @Override
    public void process(Record<String, LineEvent> record) {
        LineEvent event = record.value();
        if (event == null || !props.serves(event.rosterId())) {
            return; // a tombstone, or another roster's business
        }
        ledger.hosting(event.rosterId());
        switch (event) {
            case RosterEvent e when ledger.firstTime("event|" + e.eventId()) -> onRoster(e);
            case DispatchEvent e when ledger.firstTime("event|" + e.eventId()) -> onDispatch(e);
            case CallFact fact -> onFact(fact);
            case RosterEvent e -> log.debug("{} {} already handled", e.type(), e.eventId());
            case DispatchEvent e -> log.debug("{} {} already handled", e.type(), e.eventId());
            default -> log.warn("{} on a call desk input ignored", event.type());
        }
    }

    private void onRoster(RosterEvent event) {
        switch (event) {
            case OfferMade made -> offers.made(made);
            case OfferWithdrawn withdrawn -> offers.withdrawn(withdrawn);
            case RequestQueued queued -> {
                texts.queued(queued);
                relays.stillLooking(ledger.request(queued.requestId()));
            }
            case RequestAssigned a -> {
                CallRequest known = ledger.learn(CallRequest.learned(a.rosterId(), a.requestId(), null, a.channel(),
                        a.language(), null, a.requesterPhone(), null, false, now()));
                CallRequest request = ledger.put(known.withAssignment(
                        new CallRequest.Assignment(a.offerId(), a.interpreterId(), a.interpreterName())));
                relays.assigned(a, request);
                // the text first, so "we are calling you now" arrives before the phone rings
                texts.assigned(a, request);
                callbacks.assigned(a, ledger.request(a.requestId()));
            }
            case RequestEscalated x -> {
                CallRequest request = ledger.learn(CallRequest.learned(x.rosterId(), x.requestId(), null, x.channel(),
                        x.language(), null, x.requesterPhone(), x.requesterCallSid(), false, now()));
                texts.escalated(x, request);
                fallback.escalated(x);
                relays.stillLooking(request);
            }
            case InterpreterStatusChanged changed -> texts.statusChanged(changed);
            case SameInterpreterOutcome outcome -> texts.sameInterpreter(outcome);
            case CanaryChecked checked -> {
                // the line's self-test: nobody is called or texted
            }
        }
    }

    private void onDispatch(DispatchEvent event) {
        switch (event) {
            case RequestOpened o -> texts.opened(ledger.learn(CallRequest.learned(o.rosterId(), o.requestId(),
                    o.reference(), o.channel(), o.language(), o.agency(), o.requesterPhone(), o.requesterCallSid(),
                    true, now()).withHost(RequestConference.relayOf(o.requestId(), o.conferenceName()).orElse(null))
                    .withRoster(o.roster())));
            case RequestCancelled cancelled -> {
                conferences.cancelled(cancelled);
                cancellation.cancelled(cancelled);
            }
            case PresenceRequested presence -> {
                // the roster's business
            }
            case CanaryRequested canary -> {
                // the line's self-test: nobody is called or texted
            }
            case CancelTexted early -> {
                // dispatch-service's record turns it into a RequestCancelled, which is what the desk acts on
            }
            case ResidentAddRequested add -> residents.requested(add);
            case LanguageCardChosen chosen -> texts.languageCardChosen(chosen);
            case LanguageCardUsed used -> {
                // the request it opened came as RequestOpened
            }
            case ToughCallReported tough -> {
                // the roster's business: the interpreter's exposure
            }
            case RequesterHungUp hungUp -> conferences.requesterHungUp(hungUp);
            case RequestFlagged flagged -> offers.flagged(flagged);
            case SpokenNoteRecorded noted -> notes.recorded(noted);
        }
    }

    private void onFact(CallFact fact) {
        switch (fact) {
            case OfferCallProgressed progressed -> offers.progressed(progressed);
            case OfferPickedUp pickedUp -> offers.pickedUp(pickedUp);
            case PromptUnanswered silent -> offers.promptUnanswered(silent);
            case KeyPressed pressed -> offers.keyPressed(pressed);
            case ConferenceReported reported -> {
                conferences.reported(reported);
                if ("conference-end".equals(reported.event()) && reported.requestId() != null) {
                    residents.conferenceEnded(reported.requestId());
                }
            }
            case CallPlaced placed when placed.purpose() == CallPurpose.OFFER -> offers.placed(placed);
            case CallPlaced placed when placed.purpose() == CallPurpose.RESIDENT -> residents.placed(placed);
            case CallPlaced placed -> callbacks.placed(placed);
            case CallNotPlaced failed when failed.purpose() == CallPurpose.OFFER -> offers.notPlaced(failed);
            case CallNotPlaced failed when failed.purpose() == CallPurpose.RESIDENT -> residents.notPlaced(failed);
            case CallNotPlaced failed -> callbacks.notPlaced(failed);
            case CallbackProgressed progressed -> callbacks.progressed(progressed);
            case TextSent sent -> report(new MessageSent(sent.eventId(), now(), sent.rosterId(), sent.requestId(),
                    sent.messageSid(), sent.to(), sent.purpose()));
            case ResidentCallProgressed progressed -> residents.progressed(progressed);
            case TextNotSent failed -> report(new MessageFailed(failed.eventId(), now(), failed.rosterId(),
                    failed.requestId(), failed.to(), failed.purpose(), failed.error()));
        }
    }

    @Override
    public void report(NotificationEvent event) {
        context.forward(new Record<>(event.rosterId(), event, context.currentSystemTimeMs()));
    }

    @Override
    public Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }
}
