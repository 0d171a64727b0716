package org.interpreterline.notification.calls;

import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.roster.OfferMade;

/**
 * What the call desk asks Twilio to do. Each request is handed to a runner and done later, off the desk's thread:
 * work about one request in the order it was asked, different requests independently. Results come back as facts.
 */
public interface PhoneWork {

    /**
     * Rings the offer's interpreter; reports {@code CallPlaced} or {@code CallNotPlaced}.
     *
     * @param lookForRingingCall first adopt a call to that interpreter the line may have placed before a takeover
     */
    void dialOffer(OfferMade made, boolean lookForRingingCall);

    /**
     * Asks Twilio how an accepted offer's call stands when its interpreter has not reached the conference: the
     * webhook that would have said the call ended may have been lost (an instance died while it was sent). A call
     * that is over comes back as the {@code OfferCallProgressed} its status callback would have been.
     */
    void checkOfferCall(RingingOffer offer);

    /** Cancels a call that has not been answered; if it has been meanwhile, plays {@code twimlIfAnswered} instead. */
    void cancelCall(String requestId, String callSid, String twimlIfAnswered, String what);

    /** Replaces what a call in progress hears (a goodbye, a transfer). */
    void updateCall(String requestId, String callSid, String twiml, String what);

    /** Ends the request's conference if it is still in progress: the officer hung up ({@code what} is for the log). */
    void endConference(String requestId, String what);

    /** Says {@code words} to everyone in the request's conference in progress ({@code what} is for the log). */
    void announce(String requestId, String words, String what);

    /**
     * Deletes a recording at Twilio (the officer's spoken note, once it is no longer played); one already gone is
     * fine.
     */
    void deleteRecording(String requestId, String recordingSid);

    /** Calls an SMS or API requester back into the conference; reports {@code CallPlaced}/{@code CallNotPlaced}. */
    void callBack(CallRequest request, String offerId);

    /**
     * Texts someone from the number of the agency's roster {@code roster} (null: the deployment's own, for texts to
     * interpreters, who may be on several); reports {@code TextSent} or {@code TextNotSent}.
     */
    void text(String rosterId, String roster, String requestId, String to, String body, MessagePurpose purpose);
}
