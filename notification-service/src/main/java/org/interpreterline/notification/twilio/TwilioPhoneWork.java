package org.interpreterline.notification.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.rest.api.v2010.account.CallReader;
import com.twilio.rest.api.v2010.account.Conference;
import com.twilio.rest.api.v2010.account.ConferenceReader;
import com.twilio.rest.api.v2010.account.ConferenceUpdater;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.Recording;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.calls.CallPlaced;
import org.interpreterline.events.calls.CallPurpose;
import org.interpreterline.events.calls.OfferCallProgressed;
import org.interpreterline.events.calls.TextNotSent;
import org.interpreterline.events.calls.TextSent;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.webhooks.CallStatusWords;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.rosters.LineRosters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call desk's Twilio requests, made through {@link TimedTwilio} by {@link TwilioErrands} (one request's work in
 * order, never on the desk's thread) and tried again by {@link TwilioRetries} when Twilio failed for a passing
 * reason, each result published back as a fact on notification.calls.
 */
public class TwilioPhoneWork implements PhoneWork {

    private static final Logger log = LoggerFactory.getLogger(TwilioPhoneWork.class);
    /** Twilio's and our clocks differ a little: a call created this long before the offer may still be its call. */
    private static final java.time.Duration CLOCK_SLACK = java.time.Duration.ofSeconds(2);
    private static final List<Call.Status> IN_PROGRESS = List.of(Call.Status.QUEUED, Call.Status.RINGING,
            Call.Status.IN_PROGRESS);
    private static final List<Call.Status> ENDED = List.of(Call.Status.COMPLETED, Call.Status.BUSY,
            Call.Status.FAILED, Call.Status.NO_ANSWER, Call.Status.CANCELED);

    private final LineRosters rosters;
    private final TimedTwilio twilio;
    private final WebhookUrls urls;
    private final NotificationProperties props;
    private final CallFacts facts;
    private final TwilioErrands errands;
    private final TwilioRetries retries;
    private final Clock clock;

    public TwilioPhoneWork(TimedTwilio twilio, WebhookUrls urls, NotificationProperties props, CallFacts facts,
            TwilioErrands errands, TwilioRetries retries, LineRosters rosters, Clock clock) {
        this.twilio = twilio;
        this.rosters = rosters;
        this.urls = urls;
        this.props = props;
        this.facts = facts;
        this.errands = errands;
        this.retries = retries;
        this.clock = clock;
    }

    @Override
    public void dialOffer(OfferMade made, boolean lookForRingingCall) {
        errands.run(made.requestId(), "dial offer " + made.offerId(), () -> dial(made, lookForRingingCall));
    }

    private void dial(OfferMade made, boolean lookForRingingCall) {
        if (made.interpreterPhone() == null || made.interpreterPhone().isBlank()) {
            log.warn("Offer {} of request {}: interpreter {} has no phone number", made.offerId(), made.requestId(),
                    made.interpreterId());
            notPlaced(made, "the interpreter has no phone number", null);
            return;
        }
        // from the number of the request's roster: the interpreter sees which agency is calling
        String from = rosters.numberOf(made.roster());
        if (lookForRingingCall) {
            String adopted = callInProgress(made, from);
            if (adopted != null) {
                log.info("Offer {} of request {}: the line's call {} to interpreter {} is already under way "
                        + "(placed before a takeover); adopted, not dialled again", made.offerId(), made.requestId(),
                        adopted, made.interpreterId());
                facts.publish(new CallPlaced(UUID.randomUUID(), clock.instant(), made.rosterId(), CallPurpose.OFFER,
                        made.requestId(), made.offerId(), adopted, true));
                return;
            }
        }
        CallCreator creator = Call.creator(new PhoneNumber(made.interpreterPhone()),
                        new PhoneNumber(from), URI.create(urls.offer(made.offerId(), 0)))
                .setMethod(HttpMethod.POST)
                .setStatusCallback(URI.create(urls.offerStatus(made.offerId())))
                .setStatusCallbackMethod(HttpMethod.POST)
                .setStatusCallbackEvent(CallStatusWords.EVENTS)
                .setTimeout((int) props.ringTimeout().toSeconds());
        if (props.machineDetection()) {
            creator.setMachineDetection(CallStatusWords.MACHINE_DETECTION);
        }
        try {
            // a dial whose outcome Twilio left open is looked for before it is made again: one ring per offer
            String callSid = retries.creating("Offer " + made.offerId() + " of request " + made.requestId() + ": dial",
                    () -> twilio.createCall(creator).getSid(),
                    () -> Optional.ofNullable(lineCallTo(made.interpreterPhone(), from, offerSince(made))));
            log.info("Offer {} of request {}: ringing interpreter {} at {} (call {}, attempt {})", made.offerId(),
                    made.requestId(), made.interpreterId(), PhoneMask.mask(made.interpreterPhone()), callSid,
                    made.attempt());
            facts.publish(new CallPlaced(UUID.randomUUID(), clock.instant(), made.rosterId(), CallPurpose.OFFER,
                    made.requestId(), made.offerId(), callSid, false));
        } catch (TwilioException e) {
            log.warn("Offer {} of request {}: could not call interpreter {} at {}: {}", made.offerId(),
                    made.requestId(), made.interpreterId(), PhoneMask.mask(made.interpreterPhone()), e.getMessage());
            notPlaced(made, describe(e), e);
        }
    }

    /** The line's own call to this interpreter that started with this offer and is not over, if Twilio has one. */
    private String callInProgress(OfferMade made, String from) {
        try {
            return lineCallTo(made.interpreterPhone(), from, offerSince(made));
        } catch (TwilioException e) {
            log.warn("Offer {}: could not look for a call already ringing ({}); dialling", made.offerId(),
                    e.getMessage());
        }
        return null;
    }

    private static Instant offerSince(OfferMade made) {
        return made.occurredAt() == null ? Instant.EPOCH : made.occurredAt().minus(CLOCK_SLACK);
    }

    /** The line's call from {@code from} to {@code number} created since {@code since} and not over, if any. */
    private String lineCallTo(String number, String from, Instant since) {
        for (Call.Status status : IN_PROGRESS) {
            CallReader reader = Call.reader().setTo(new PhoneNumber(number))
                    .setFrom(new PhoneNumber(from)).setStatus(status);
            for (Call call : retries.repeatable("look for the line's call to " + PhoneMask.mask(number),
                    () -> twilio.listCalls(reader))) {
                ZonedDateTime created = call.getDateCreated();
                if (created == null || !created.toInstant().isBefore(since)) {
                    return call.getSid();
                }
            }
        }
        return null;
    }

    private void notPlaced(OfferMade made, String error, TwilioException cause) {
        facts.publish(TwilioFailure.notPlaced(clock.instant(), made.rosterId(), CallPurpose.OFFER, made.requestId(),
                made.offerId(), error, cause));
    }

    @Override
    public void checkOfferCall(RingingOffer offer) {
        OfferMade made = offer.made();
        errands.run(made.requestId(), "check offer call " + offer.callSid(), () -> {
            Call call;
            try {
                call = retries.repeatable("fetch call " + offer.callSid(),
                        () -> twilio.fetchCall(Call.fetcher(offer.callSid())));
            } catch (TwilioException e) {
                log.warn("Offer {}: could not ask Twilio about call {}: {}", made.offerId(), offer.callSid(),
                        e.getMessage());
                return;
            }
            Call.Status status = call.getStatus();
            if (status != null && ENDED.contains(status)) {
                log.info("Offer {} of request {}: interpreter {}'s call {} is {} though no webhook said so",
                        made.offerId(), made.requestId(), made.interpreterId(), offer.callSid(), status);
                facts.publish(new OfferCallProgressed(UUID.randomUUID(), clock.instant(), made.rosterId(),
                        made.offerId(), offer.callSid(), status.toString()));
            }
        });
    }

    @Override
    public void cancelCall(String requestId, String callSid, String twimlIfAnswered, String what) {
        errands.run(requestId, "cancel call " + callSid, () -> {
            try {
                retries.repeatable("cancel call " + callSid,
                        () -> twilio.updateCall(Call.updater(callSid).setStatus(Call.UpdateStatus.CANCELED)));
                log.info("Call {} cancelled: {}", callSid, what);
            } catch (TwilioException e) {
                // it was answered in the meantime: say so instead
                log.info("Call {}: could not cancel ({}), telling the interpreter instead: {}", callSid,
                        e.getMessage(), what);
                update(callSid, twimlIfAnswered, what);
            }
        });
    }

    @Override
    public void updateCall(String requestId, String callSid, String twiml, String what) {
        errands.run(requestId, "update call " + callSid, () -> update(callSid, twiml, what));
    }

    private void update(String callSid, String twiml, String what) {
        try {
            retries.repeatable("update call " + callSid, () -> twilio.updateCall(Call.updater(callSid).setTwiml(twiml)));
            log.info("Call {}: {}", callSid, what);
        } catch (TwilioException e) {
            // the call is over already: there is nobody left to tell
            log.info("Call {}: not updated ({}): {}", callSid, what, e.getMessage());
        }
    }

    @Override
    public void endConference(String requestId, String what) {
        updateConference(requestId, "ended (" + what + ")",
                sid -> Conference.updater(sid).setStatus(Conference.UpdateStatus.COMPLETED));
    }

    @Override
    public void announce(String requestId, String words, String what) {
        updateConference(requestId, "announced " + what, sid -> Conference.updater(sid)
                .setAnnounceUrl(URI.create(urls.announcement(words))).setAnnounceMethod(HttpMethod.POST));
    }

    /**
     * Updates the request's conference in progress, off the desk's thread. Twilio knows a conference by its sid, the
     * line by its name (the request gives it), so it is looked up first; one that ended meanwhile is left alone.
     */
    private void updateConference(String requestId, String done, Function<String, ConferenceUpdater> update) {
        errands.run(requestId, "conference of request " + requestId + ": " + done, () -> {
            ConferenceReader reader = Conference.reader().setFriendlyName(RequestConference.nameOf(requestId))
                    .setStatus(Conference.Status.IN_PROGRESS);
            try {
                List<Conference> inProgress = new ArrayList<>();
                retries.repeatable("look up conference of request " + requestId, () -> twilio.listConferences(reader))
                        .forEach(inProgress::add);
                if (inProgress.isEmpty()) {
                    log.info("Request {}: no conference in progress, not {}", requestId, done);
                }
                for (Conference conference : inProgress) {
                    retries.repeatable("update conference " + conference.getSid(),
                            () -> twilio.updateConference(update.apply(conference.getSid())));
                    log.info("Conference {}: {}", conference.getSid(), done);
                }
            } catch (TwilioException e) {
                // it ended meanwhile, or Twilio cannot be asked: nobody is left in it, or nothing more can be done
                log.info("Request {}: conference not {}: {}", requestId, done, e.getMessage());
            }
        });
    }

    @Override
    public void deleteRecording(String requestId, String recordingSid) {
        errands.run(requestId, "delete recording " + recordingSid, () -> {
            try {
                retries.repeatable("delete recording " + recordingSid,
                        () -> twilio.deleteRecording(Recording.deleter(recordingSid)));
                log.info("Request {}: the officer's spoken note {} deleted at Twilio", requestId, recordingSid);
            } catch (ApiException e) {
                if (e.getStatusCode() != null && e.getStatusCode() == 404) {
                    log.info("Request {}: the officer's spoken note {} was already gone", requestId, recordingSid);
                } else {
                    log.warn("Request {}: the officer's spoken note {} NOT deleted at Twilio: {}; delete it by hand "
                            + "(docs/privacy.md)", requestId, recordingSid, e.getMessage());
                }
            } catch (TwilioException e) {
                log.warn("Request {}: the officer's spoken note {} NOT deleted at Twilio: {}; delete it by hand "
                        + "(docs/privacy.md)", requestId, recordingSid, e.getMessage());
            }
        });
    }

    @Override
    public void callBack(CallRequest request, String offerId) {
        errands.run(request.requestId(), "call back request " + request.spokenReference(), () -> {
            // from the number the officer texted, so the call back is recognised
            String from = rosters.numberOf(request.roster());
            CallCreator creator = Call.creator(new PhoneNumber(request.requesterPhone()),
                            new PhoneNumber(from), URI.create(urls.callback(request.requestId())))
                    .setMethod(HttpMethod.POST)
                    .setStatusCallback(URI.create(urls.callbackStatus(request.requestId())))
                    .setStatusCallbackMethod(HttpMethod.POST)
                    .setStatusCallbackEvent(CallStatusWords.EVENTS)
                    .setTimeout((int) props.ringTimeout().toSeconds());
            if (props.machineDetection()) {
                creator.setMachineDetection(CallStatusWords.MACHINE_DETECTION);
            }
            Instant since = clock.instant().minus(CLOCK_SLACK);
            try {
                String callSid = retries.creating("Request " + request.spokenReference() + ": call back",
                        () -> twilio.createCall(creator).getSid(),
                        () -> Optional.ofNullable(lineCallTo(request.requesterPhone(), from, since)));
                log.info("Request {}: calling the requester back at {} (call {})", request.spokenReference(),
                        PhoneMask.mask(request.requesterPhone()), callSid);
                facts.publish(new CallPlaced(UUID.randomUUID(), clock.instant(), request.rosterId(),
                        CallPurpose.CALLBACK, request.requestId(), offerId, callSid, false));
            } catch (TwilioException e) {
                log.warn("Request {}: could not call the requester back at {}: {}", request.spokenReference(),
                        PhoneMask.mask(request.requesterPhone()), e.getMessage());
                facts.publish(TwilioFailure.notPlaced(clock.instant(), request.rosterId(), CallPurpose.CALLBACK,
                        request.requestId(), offerId, describe(e), e));
            }
        });
    }

    @Override
    public void text(String rosterId, String roster, String requestId, String to, String body,
            MessagePurpose purpose) {
        if (to == null || to.isBlank()) {
            log.warn("No number to text ({}) for request {}", purpose, requestId);
            return;
        }
        errands.run(requestId != null ? requestId : "to:" + to, "text " + purpose, () -> {
            try {
                // a text cannot be looked up by what it was sent for: sent again only when Twilio certainly did not
                Message message = retries.creatingBlind("text " + purpose + " for request " + requestId,
                        () -> twilio.sendSms(Message.creator(new PhoneNumber(to),
                                new PhoneNumber(rosters.numberOf(roster)), body)));
                log.info("Texted {} to {} for request {} ({})", purpose, PhoneMask.mask(to), requestId,
                        message.getSid());
                facts.publish(new TextSent(UUID.randomUUID(), clock.instant(), rosterId, requestId, to, purpose,
                        message.getSid()));
            } catch (TwilioException e) {
                String error = describe(e);
                log.warn("Could not text {} to {} for request {}: {}", purpose, PhoneMask.mask(to), requestId,
                        error);
                facts.publish(new TextNotSent(UUID.randomUUID(), clock.instant(), rosterId, requestId, to, purpose,
                        error));
            }
        });
    }

    private static String describe(TwilioException e) {
        return e instanceof ApiException api && api.getCode() != null ? api.getCode() + " " + e.getMessage()
                : e.getMessage();
    }
}
