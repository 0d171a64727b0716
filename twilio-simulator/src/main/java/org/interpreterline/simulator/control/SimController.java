package org.interpreterline.simulator.control;

import java.util.List;
import java.util.NoSuchElementException;
import org.interpreterline.simulator.calls.CallRegistry;
import org.interpreterline.simulator.calls.CallView;
import org.interpreterline.simulator.conferences.ConferenceRoom;
import org.interpreterline.simulator.conferences.ConferenceView;
import org.interpreterline.simulator.conferences.Conferences;
import org.interpreterline.simulator.recordings.RecordingView;
import org.interpreterline.simulator.recordings.Recordings;
import org.interpreterline.simulator.rest.ApiLog;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.interpreterline.simulator.rest.RestFault;
import org.interpreterline.simulator.rest.RestFaults;
import org.interpreterline.simulator.webhooks.DuplicateWebhooks;
import org.interpreterline.simulator.webhooks.WebhookLog;
import org.interpreterline.simulator.webhooks.WebhookLogEntry;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Calls, conferences, recordings, logs and test levers of the simulator (no Twilio equivalent). */
@RestController
@RequestMapping("/sim")
class SimController {

    private final CallRegistry calls;
    private final Conferences conferences;
    private final ApiLog apiLog;
    private final WebhookLog webhookLog;
    private final DuplicateWebhooks duplicates;
    private final SimulatorReset reset;
    private final RestFaults restFaults;
    private final Recordings recordings;

    SimController(CallRegistry calls, Conferences conferences, ApiLog apiLog, WebhookLog webhookLog,
                  DuplicateWebhooks duplicates, SimulatorReset reset, RestFaults restFaults, Recordings recordings) {
        this.calls = calls;
        this.conferences = conferences;
        this.apiLog = apiLog;
        this.webhookLog = webhookLog;
        this.duplicates = duplicates;
        this.reset = reset;
        this.restFaults = restFaults;
        this.recordings = recordings;
    }

    @GetMapping("/calls")
    List<CallView> calls() {
        return calls.all().stream().filter(leg -> leg.parentCallSid() == null).map(calls::view).toList();
    }

    @GetMapping("/calls/{sid}")
    CallView call(@PathVariable String sid) {
        return calls.find(sid).map(calls::view).orElseThrow(() -> new NoSuchElementException("no call " + sid));
    }

    @GetMapping("/conferences")
    List<ConferenceView> conferences() {
        return conferences.all().stream().map(ConferenceRoom::view).toList();
    }

    /** The active conference of that name, else the latest that had it; a sid works too. */
    @GetMapping("/conferences/{name}")
    ConferenceView conference(@PathVariable String name) {
        return conferences.bySid(name).or(() -> conferences.byName(name)).map(ConferenceRoom::view)
                .orElseThrow(() -> new NoSuchElementException("no conference " + name));
    }

    /** Every recording, oldest first, deleted ones included (marked): what was said into each one. */
    @GetMapping("/recordings")
    List<RecordingView> recordings() {
        return recordings.all().stream().map(recordings::view).toList();
    }

    @GetMapping("/api-log")
    List<ApiLogEntry> apiLog() {
        return apiLog.entries();
    }

    @DeleteMapping("/api-log")
    void clearApiLog() {
        apiLog.clear();
    }

    @GetMapping("/webhook-log")
    List<WebhookLogEntry> webhookLog() {
        return webhookLog.entries();
    }

    @DeleteMapping("/webhook-log")
    void clearWebhookLog() {
        webhookLog.clear();
    }

    @PostMapping("/webhooks/duplicate-next")
    ControlResponses.Done duplicateNext(@RequestBody ControlRequests.DuplicateNext request) {
        if (request == null || request.urlContains() == null || request.urlContains().isEmpty()) {
            throw new IllegalArgumentException("urlContains is required");
        }
        duplicates.duplicateNext(request.urlContains());
        return new ControlResponses.Done(true);
    }

    /** Makes the REST API slow, failing or both for the matching requests (see {@link RestFault}). */
    @PostMapping("/rest-faults")
    ControlResponses.Done addRestFault(@RequestBody RestFault fault) {
        if (fault == null) {
            throw new IllegalArgumentException("a fault is required");
        }
        restFaults.add(fault);
        return new ControlResponses.Done(true);
    }

    @GetMapping("/rest-faults")
    List<RestFault> restFaults() {
        return restFaults.all();
    }

    @DeleteMapping("/rest-faults")
    void clearRestFaults() {
        restFaults.clear();
    }

    @PostMapping("/reset")
    ControlResponses.Done reset(@RequestParam(defaultValue = "false") boolean phones) {
        reset.reset(phones);
        return new ControlResponses.Done(true);
    }
}
