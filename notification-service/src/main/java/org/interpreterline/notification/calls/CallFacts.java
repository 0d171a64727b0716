package org.interpreterline.notification.calls;

import org.interpreterline.events.calls.CallFact;

/** Where webhooks and Twilio errands put what they learned ({@code notification.calls}). */
@FunctionalInterface
public interface CallFacts {

    /** @return false when the fact will not reach Kafka (it is logged); true when sent, acknowledged or not */
    boolean publish(CallFact fact);
}
