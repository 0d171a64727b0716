package org.interpreterline.roster.allocation;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.Rosters;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.CanaryRequested;
import org.interpreterline.events.dispatch.CancelTexted;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.events.dispatch.RequesterHungUp;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.MessageFailed;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.ParticipantLeft;
import org.interpreterline.events.notification.ResidentCallOutcome;
import org.interpreterline.events.roster.PutInterpreter;
import org.interpreterline.events.roster.RemoveInterpreter;
import org.interpreterline.events.roster.RosterCommand;
import org.interpreterline.events.roster.SetAvailability;
import org.interpreterline.events.roster.SetPresence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allocator: one instance per roster partition, so everything about one roster is decided in order by
 * one thread, and a store update commits with its output events (exactly_once_v2). Routes each event to the
 * rule that owns it; an event id seen before is dropped.
 */
final class Allocator implements Processor<String, LineEvent, String, Object> {

    private static final Logger log = LoggerFactory.getLogger(Allocator.class);

    private final AllocationPolicy policy;
    private final OfferTally tally;
    private ProcessedEvents processed;
    private Announcer out;
    private RequestLifecycle requests;
    private OfferOutcomes offers;
    private PresenceRules presence;
    private Membership membership;
    private CanaryCheck canaries;
    private Wellbeing wellbeing;

    Allocator(AllocationPolicy policy, OfferTally tally) {
        this.policy = policy;
        this.tally = tally;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        KeyValueStore<String, Interpreter> interpreterStore = context.getStateStore(AllocatorTopology.INTERPRETERS_STORE);
        KeyValueStore<String, Request> requestStore = context.getStateStore(AllocatorTopology.REQUESTS_STORE);
        KeyValueStore<String, Offer> offerStore = context.getStateStore(AllocatorTopology.OFFERS_STORE);
        KeyValueStore<String, Long> processedStore = context.getStateStore(AllocatorTopology.PROCESSED_EVENTS_STORE);
        KeyValueStore<String, Exposure> exposureStore = context.getStateStore(AllocatorTopology.EXPOSURE_STORE);
        RosterStores stores = new RosterStores(interpreterStore, requestStore, offerStore, exposureStore);
        processed = new ProcessedEvents(processedStore);
        out = new Announcer(context);
        Bookings bookings = new Bookings(stores, out, policy, tally);
        wellbeing = new Wellbeing(stores, bookings, out, policy);
        Matchmaker matchmaker = new Matchmaker(stores, bookings, out, policy);
        ReturningInterpreter returning = new ReturningInterpreter(stores, out, policy);
        requests = new RequestLifecycle(stores, bookings, matchmaker, out, policy, returning, wellbeing);
        offers = new OfferOutcomes(stores, bookings, matchmaker, out, policy, returning, wellbeing);
        presence = new PresenceRules(stores, bookings, matchmaker, out);
        membership = new Membership(stores, bookings, matchmaker, out);
        canaries = new CanaryCheck(stores, out, policy);
        OfferClock clock = new OfferClock(stores, matchmaker, offers, presence, requests, processed, out, policy,
                returning);
        context.schedule(policy.tick(), PunctuationType.WALL_CLOCK_TIME, clock::tick);
    }

    @Override
    public void process(Record<String, LineEvent> record) {
        LineEvent event = record.value();
        if (event == null) {
            return; // a tombstone on an event topic means nothing
        }
        if (processed.seen(event.eventId())) {
            log.debug("{} {} already processed: ignored", event.type(), event.eventId());
            return;
        }
        String rosterId = event.rosterId() != null ? event.rosterId()
                : record.key() != null ? record.key() : Rosters.DEFAULT;
        switch (event) {
            case DispatchEvent e -> onDispatch(e, rosterId);
            case NotificationEvent e -> onNotification(e);
            case RosterCommand c -> onCommand(c, rosterId);
            // LineEvent is not sealed: only a wrongly wired source could bring anything else
            default -> log.warn("{} on an allocator input ignored", event.type());
        }
        processed.remember(event.eventId(), out.now());
    }

    private void onDispatch(DispatchEvent event, String rosterId) {
        switch (event) {
            case RequestOpened opened -> requests.open(opened, rosterId);
            case RequestCancelled cancelled -> requests.cancel(cancelled);
            case PresenceRequested requested -> presence.requested(requested);
            case CanaryRequested canary -> canaries.check(canary, rosterId);
            case CancelTexted early -> {
                // dispatch-service's record turns it into a RequestCancelled, which is what the roster acts on
            }
            case ResidentAddRequested added -> {
                // a resident joins a call already connected: nobody is booked or freed
            }
            case LanguageCardChosen chosen -> {
                // the officer is texted; a request opens only on their YES
            }
            case LanguageCardUsed used -> {
                // the request it opened came as RequestOpened
            }
            case ToughCallReported tough -> wellbeing.toughReported(tough);
            case RequesterHungUp hungUp -> {
                // the conference's end, which follows, sends the interpreter to wrap-up
            }
            case RequestFlagged flagged -> requests.flagged(flagged);
            case SpokenNoteRecorded noted -> {
                // played to interpreters by notification-service; it changes nobody's suitability
            }
        }
    }

    private void onNotification(NotificationEvent event) {
        switch (event) {
            case OfferAnswered answered -> offers.answered(answered);
            case OfferNotAnswered notAnswered -> offers.notAnswered(notAnswered);
            case ConferenceEnded ended -> requests.conferenceEnded(ended);
            case ParticipantJoined joined -> {
                // the interpreter was ON_CALL from the moment they accepted; the bridge itself is dispatch's record
            }
            case ParticipantLeft left -> {
                // a leg leaving does not free the interpreter: the call is over only with ConferenceEnded
            }
            case MessageSent sent -> {
                // texts are notification-service's business; nothing here depends on them
            }
            case MessageFailed failed -> {
                // a failed text (e.g. the "paused" notice) does not change anyone's presence
            }
            case ResidentCallOutcome outcome -> {
                // an added resident is no interpreter's business
            }
        }
    }

    private void onCommand(RosterCommand command, String rosterId) {
        switch (command) {
            case PutInterpreter put -> membership.put(put, rosterId);
            case RemoveInterpreter remove -> membership.remove(remove);
            case SetPresence set -> presence.set(set);
            case SetAvailability declared -> {
                // usual hours are the coverage forecast's (forecast.CoverageLedger); nobody is booked by them
            }
        }
    }
}
