package org.interpreterline.simulator.control;

import org.interpreterline.simulator.calls.CallRegistry;
import org.interpreterline.simulator.conferences.Conferences;
import org.interpreterline.simulator.messages.MessageCenter;
import org.interpreterline.simulator.phones.PhoneBook;
import org.interpreterline.simulator.recordings.Recordings;
import org.interpreterline.simulator.rest.ApiLog;
import org.interpreterline.simulator.rest.RestFaults;
import org.interpreterline.simulator.webhooks.DuplicateWebhooks;
import org.interpreterline.simulator.webhooks.WebhookLog;
import org.springframework.stereotype.Component;

/**
 * Forgets calls, conferences, texts, recordings, logs and REST faults between tests; live calls stop without sending
 * webhooks.
 */
@Component
class SimulatorReset {

    private final CallRegistry calls;
    private final Conferences conferences;
    private final MessageCenter messages;
    private final PhoneBook phones;
    private final ApiLog apiLog;
    private final WebhookLog webhookLog;
    private final DuplicateWebhooks duplicates;
    private final RestFaults restFaults;
    private final Recordings recordings;

    SimulatorReset(CallRegistry calls, Conferences conferences, MessageCenter messages, PhoneBook phones, ApiLog apiLog,
                   WebhookLog webhookLog, DuplicateWebhooks duplicates, RestFaults restFaults, Recordings recordings) {
        this.calls = calls;
        this.conferences = conferences;
        this.messages = messages;
        this.phones = phones;
        this.apiLog = apiLog;
        this.webhookLog = webhookLog;
        this.duplicates = duplicates;
        this.restFaults = restFaults;
        this.recordings = recordings;
    }

    /** @param forgetPhones also forget the phones' settings */
    void reset(boolean forgetPhones) {
        conferences.reset();
        calls.reset();
        recordings.reset();
        messages.reset();
        phones.reset(forgetPhones);
        duplicates.clear();
        restFaults.clear();
        apiLog.clear();
        webhookLog.clear();
    }
}
