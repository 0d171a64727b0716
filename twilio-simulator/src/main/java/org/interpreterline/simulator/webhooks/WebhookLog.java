package org.interpreterline.simulator.webhooks;

import org.interpreterline.simulator.support.RecentEntries;
import org.springframework.stereotype.Component;

/** Every webhook sent, in order, for tests and the control API. */
@Component
public class WebhookLog extends RecentEntries<WebhookLogEntry> {
}
