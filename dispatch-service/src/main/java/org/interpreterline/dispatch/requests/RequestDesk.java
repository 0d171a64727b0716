package org.interpreterline.dispatch.requests;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.dispatch.publishing.DispatchPublisher;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.dispatch.CancelTexted;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.RequesterHungUp;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.rosters.LineRosters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens, flags, notes and cancels requests: the only place {@code RequestOpened}, {@code RequestFlagged},
 * {@code SpokenNoteRecorded}, {@code RequestCancelled}, {@code CancelTexted} and {@code RequesterHungUp} are made by
 * a webhook or the API.
 */
@Component
public class RequestDesk {

    private static final Logger log = LoggerFactory.getLogger(RequestDesk.class);

    private final DispatchPublisher publisher;
    private final RequestRecords records;
    private final String rosterId;
    private final LineRosters rosters;
    private final Clock clock = Clock.systemUTC();

    public RequestDesk(DispatchPublisher publisher, RequestRecords records, DispatchProperties props,
            LineRosters rosters) {
        this.publisher = publisher;
        this.records = records;
        this.rosterId = props.rosterId();
        this.rosters = rosters;
    }

    /** Opens a request from a webhook: waits no longer than the webhook acknowledgement timeout. */
    public OpenedRequest open(NewRequest request) {
        return open(request, null);
    }

    /** @param wait how long to wait for Kafka's acknowledgement; null for the webhook default */
    public OpenedRequest open(NewRequest request, Duration wait) {
        SpokenReference reference = reference(request.requestId());
        // a relay's interpreter joins the call it is for
        String conference = RequestConference.nameOf(request.joins() != null ? request.joins() : request.requestId());
        // the event stays keyed by the deployment (one allocator for every roster); the roster rides in the event
        String roster = rosters.rosterOf(request.roster());
        RequestOpened opened = new RequestOpened(RequestIds.id("opened:" + request.requestId()), clock.instant(),
                rosterId, request.requestId(), reference.code(), request.languageTag(), request.channel(),
                request.priority(), request.agency(), request.requesterName(), request.requesterPhone(),
                request.requesterCallSid(), request.note(), conference, request.preferredInterpreterId(),
                request.flags(), roster);
        Delivery delivery = wait == null ? publisher.publish(opened) : publisher.publish(opened, wait);
        log.info("Request {} opening: {} by {} from {}{}{} ({}{}, {})", reference, request.languageTag(),
                request.channel().label(), PhoneMask.mask(request.requesterPhone()),
                request.agency() == null ? "" : " of " + request.agency(),
                rosters.several() ? " for roster " + roster : "", request.priority().spoken(),
                (request.preferredInterpreterId() == null ? ""
                        : ", interpreter " + request.preferredInterpreterId() + " from last time first")
                        + (request.flags().isEmpty() ? "" : ", flagged " + request.flags()), delivery);
        return new OpenedRequest(request.requestId(), reference, request.language(), conference, delivery,
                request.preferredInterpreterId() != null);
    }

    /**
     * @param occasion what caused the cancellation uniquely ("hangup:" + CallSid, "sms:" + MessageSid), so a
     *                 retried webhook publishes the same event id
     */
    public Delivery cancel(String requestId, RequestCancelled.Reason reason, String occasion) {
        return cancel(requestId, reason, occasion, null);
    }

    /** @param wait how long to wait for Kafka's acknowledgement; null for the webhook default */
    public Delivery cancel(String requestId, RequestCancelled.Reason reason, String occasion, Duration wait) {
        RequestCancelled cancelled = new RequestCancelled(RequestIds.cancellation(occasion), clock.instant(),
                rosterId, requestId, reason);
        Delivery delivery = wait == null ? publisher.publish(cancelled) : publisher.publish(cancelled, wait);
        log.info("Request {} cancelling: {} ({})", referenceOrId(requestId), reason, delivery);
        return delivery;
    }

    /**
     * The officer of a connected voice request hung up: notification-service ends the conference, which their seat
     * does not do by itself (see {@code ConferenceSeat.officerSeat}). A retried webhook publishes the same event id.
     */
    public Delivery requesterHungUp(String requestId, String callSid) {
        RequesterHungUp hungUp = new RequesterHungUp(RequestIds.id("requester-hung-up:" + callSid), clock.instant(),
                rosterId, requestId, callSid);
        Delivery delivery = publisher.publish(hungUp);
        log.info("Request {}: the officer hung up (call {}): ending the conference ({})", referenceOrId(requestId),
                callSid, delivery);
        return delivery;
    }

    /**
     * The officer flagged a request that is already open (by voice, while holding).
     *
     * @param occasion what flagged it, uniquely, so a retried webhook publishes the same event id
     */
    public Delivery flag(String requestId, List<CallFlag> flags, String occasion) {
        RequestFlagged flagged = new RequestFlagged(RequestIds.id("flagged:" + occasion), clock.instant(), rosterId,
                requestId, flags);
        Delivery delivery = publisher.publish(flagged);
        log.info("Request {} flagged by the officer: {} ({})", referenceOrId(requestId), flagged.flags(), delivery);
        return delivery;
    }

    /**
     * The officer said a note for the interpreters (by voice, after choosing the language). The recording's sid names
     * the event, so a retried webhook publishes the same one.
     */
    public Delivery spokenNote(String requestId, String recordingSid, String recordingUrl, int seconds) {
        SpokenNoteRecorded noted = new SpokenNoteRecorded(RequestIds.id("spoken-note:" + recordingSid),
                clock.instant(), rosterId, requestId, recordingSid, recordingUrl, seconds);
        Delivery delivery = publisher.publish(noted);
        log.info("Request {}: the officer recorded a note for the interpreters ({} s, {}) ({})",
                referenceOrId(requestId), seconds, recordingSid, delivery);
        return delivery;
    }

    /**
     * A CANCEL texted while the record does not show the sender's request: the record cancels the request this phone
     * opened before the text once it reads it ({@link EarlyCancels}), whichever instance opened it.
     *
     * @return whether Kafka took it (false: it failed, the sender should text again)
     */
    public boolean cancelWhenRecorded(String requesterPhone, String messageSid) {
        CancelTexted cancel = new CancelTexted(RequestIds.id("cancel-texted:" + messageSid), clock.instant(),
                rosterId, requesterPhone, messageSid);
        Delivery delivery = publisher.publish(cancel);
        log.info("CANCEL from {} before its request was recorded: cancelling it when it is ({})",
                PhoneMask.mask(requesterPhone), delivery);
        return delivery != Delivery.FAILED;
    }

    /**
     * The reference a request opened earlier got (a retried webhook or API call), else one no other request holds
     * ({@link FreeReferences}).
     */
    private SpokenReference reference(String requestId) {
        try {
            Optional<RequestRecord> known = records.byId(requestId).filter(RequestRecord::opened);
            return known.isPresent() ? new SpokenReference(known.get().reference())
                    : FreeReferences.choose(requestId, records::holdersOf);
        } catch (StoreUnavailable e) {
            // restarting: the first candidate; should it be shared, a look-up by it refuses rather than guesses
            return SpokenReference.of(requestId);
        }
    }

    private String referenceOrId(String requestId) {
        try {
            return records.byId(requestId).map(RequestRecord::reference).orElse(requestId);
        } catch (StoreUnavailable e) {
            return requestId;
        }
    }
}
