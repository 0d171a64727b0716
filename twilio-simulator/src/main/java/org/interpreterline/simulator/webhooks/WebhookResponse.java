package org.interpreterline.simulator.webhooks;

/**
 * What came back from a webhook.
 *
 * @param status HTTP status, or 0 when no response arrived
 * @param body   response body ("" when none)
 * @param error  why the webhook counts as failed (Twilio error 11200), or null
 */
public record WebhookResponse(int status, String body, String error) {

    public boolean ok() {
        return error == null;
    }
}
