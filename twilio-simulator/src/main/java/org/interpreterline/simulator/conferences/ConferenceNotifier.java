package org.interpreterline.simulator.conferences;

import java.util.Map;
import org.interpreterline.simulator.webhooks.WebhookRequest;
import org.interpreterline.simulator.webhooks.WebhookSender;
import org.springframework.stereotype.Component;

/** Sends a conference status callback (a failure is only logged, as with Twilio). */
@Component
class ConferenceNotifier {

    private final WebhookSender webhooks;

    ConferenceNotifier(WebhookSender webhooks) {
        this.webhooks = webhooks;
    }

    void send(Subscription subscription, Map<String, String> params) {
        webhooks.send(new WebhookRequest(subscription.url(), subscription.method(), params));
    }
}
