package org.interpreterline.dispatch.requests;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Request and event ids derived from what Twilio or a client sends, so a retried webhook or a repeated API
 * call produces the same id and downstream services drop the repeat.
 */
public final class RequestIds {

    private RequestIds() {
    }

    /** The request a call opens: one per call, however often Twilio retries the webhook. */
    public static String voice(String callSid) {
        return id("voice:" + callSid).toString();
    }

    /** The request a text opens. */
    public static String sms(String messageSid) {
        return id("sms:" + messageSid).toString();
    }

    /**
     * The second interpreter of a call in one language ({@code ALSO}): one per call and language, however often it is
     * asked for.
     */
    public static String relay(String hostRequestId, String languageTag) {
        return id("relay:" + hostRequestId + ":" + languageTag).toString();
    }

    /** The request an API client opens with an {@code Idempotency-Key}. */
    public static String api(String idempotencyKey) {
        return id("api:" + idempotencyKey).toString();
    }

    /** The {@code PresenceRequested} a text from an interpreter publishes. */
    public static UUID presence(String messageSid) {
        return id("presence:" + messageSid);
    }

    /**
     * The {@code RequestCancelled} one occasion publishes: "sms:" + MessageSid, "hangup:" + CallSid,
     * "supervisor:" + requestId.
     */
    public static UUID cancellation(String occasion) {
        return id("cancelled:" + occasion);
    }

    /** The id of the one event that {@code what} (e.g. "opened:" + requestId) can produce. */
    public static UUID id(String what) {
        return UUID.nameUUIDFromBytes(what.getBytes(StandardCharsets.UTF_8));
    }
}
