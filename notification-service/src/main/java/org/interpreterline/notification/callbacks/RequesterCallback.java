package org.interpreterline.notification.callbacks;

import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.requests.Request;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.notification.twilio.CallProgress;
import org.interpreterline.notification.twilio.TimedTwilio;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.platform.logging.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Once the roster assigned an interpreter to an SMS or API request, calls the requester back into the
 * request's conference, where the interpreter waits. Once per request.
 */
@Component
public class RequesterCallback {

    private static final Logger log = LoggerFactory.getLogger(RequesterCallback.class);

    private final Requests requests;
    private final TimedTwilio twilio;
    private final WebhookUrls urls;
    private final NotificationProperties props;
    private final CallbackMissed missed;
    private final LiveOffers offers;
    /** Request + offer: once per assignment (a request can be assigned again when an interpreter left early). */
    private final Set<String> called = ConcurrentHashMap.newKeySet();

    public RequesterCallback(Requests requests, TimedTwilio twilio, WebhookUrls urls, NotificationProperties props,
            CallbackMissed missed, LiveOffers offers) {
        this.requests = requests;
        this.twilio = twilio;
        this.urls = urls;
        this.props = props;
        this.missed = missed;
        this.offers = offers;
    }

    public void callBack(RequestAssigned assigned) {
        Request request = requests.find(assigned.requestId()).orElse(null);
        if (request == null || !request.calledBack() || request.cancelled()) {
            return;
        }
        if (request.requesterPhone() == null) {
            log.warn("Request {}: assigned to {} but there is no number to call back", request.spokenReference(),
                    assigned.interpreterId());
            return;
        }
        if (offers.leftBeforeTheBridge(assigned.offerId())) {
            // nobody waits in the conference: the roster puts the request back in line, and calls back the next time
            log.info("Request {}: {} accepted but already left; not calling the requester into an empty conference",
                    request.spokenReference(), assigned.interpreterId());
            return;
        }
        if (!called.add(request.requestId() + "|" + assigned.offerId())) {
            return;
        }
        CallCreator creator = Call.creator(new PhoneNumber(request.requesterPhone()),
                        new PhoneNumber(urls.lineNumber()), URI.create(urls.callback(request.requestId())))
                .setMethod(HttpMethod.POST)
                .setStatusCallback(URI.create(urls.callbackStatus(request.requestId())))
                .setStatusCallbackMethod(HttpMethod.POST)
                .setStatusCallbackEvent(CallProgress.EVENTS)
                .setTimeout((int) props.ringTimeout().toSeconds());
        if (props.machineDetection()) {
            creator.setMachineDetection(CallProgress.MACHINE_DETECTION);
        }
        try {
            Call call = twilio.createCall(creator);
            log.info("Request {}: calling the requester back at {} (call {})", request.spokenReference(),
                    PhoneMask.mask(request.requesterPhone()), call.getSid());
        } catch (TwilioException e) {
            log.warn("Request {}: could not call the requester back at {}: {}", request.spokenReference(),
                    PhoneMask.mask(request.requesterPhone()), e.getMessage());
            missed.missed(request, "the call could not be placed");
        }
    }
}
