package org.interpreterline.simulator.rest;

import java.util.List;
import java.util.Map;
import org.interpreterline.simulator.calls.CallLauncher;
import org.interpreterline.simulator.calls.CallLeg;
import org.interpreterline.simulator.calls.CallRegistry;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.calls.StatusCallbacks;
import org.interpreterline.simulator.calls.TwimlSource;
import org.interpreterline.simulator.phones.PhoneNumbers;
import org.interpreterline.simulator.support.TimeScale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Twilio's Calls: create (dial a phone), fetch, list, update (hang up, cancel, redirect to new TwiML). */
@RestController
@RequestMapping(path = "/2010-04-01/Accounts/{accountSid}", produces = MediaType.APPLICATION_JSON_VALUE)
class CallsApi {

    /** Twilio's default ring time for a REST call */
    private static final int DEFAULT_TIMEOUT_SECONDS = 60;

    private final CallLauncher launcher;
    private final CallRegistry calls;
    private final TimeScale time;
    private final AccountSender sender;

    CallsApi(CallLauncher launcher, CallRegistry calls, TimeScale time, AccountSender sender) {
        this.launcher = launcher;
        this.calls = calls;
        this.time = time;
        this.sender = sender;
    }

    @PostMapping("/Calls.json")
    ResponseEntity<CallResource> create(@RequestParam MultiValueMap<String, String> params) {
        Form form = new Form(params);
        String to = form.required("To", 21201, "No 'To' number is specified");
        String from = form.required("From", 21213, "No 'From' number is specified");
        if (!PhoneNumbers.isValid(to)) {
            throw TwilioApiException.badRequest(21211, "Invalid 'To' Phone Number: " + to);
        }
        sender.checked(from);
        TwimlSource source;
        if (form.get("Twiml") != null) {
            source = new TwimlSource.Inline(form.get("Twiml"));
        } else if (form.get("Url") != null) {
            source = new TwimlSource.Fetch(form.get("Url"), form.get("Method", "POST"), Map.of());
        } else {
            throw TwilioApiException.badRequest(21205, "Url parameter is required");
        }
        StatusCallbacks callbacks = StatusCallbacks.of(form.get("StatusCallback"), form.get("StatusCallbackMethod"),
                form.all("StatusCallbackEvent"));
        CallLeg leg = launcher.prepareApiCall(from, PhoneNumbers.normalize(to), callbacks, form.get("MachineDetection"));
        CallResource queued = CallResource.of(leg); // as Twilio answers: before anything rings
        launcher.startApiCall(leg, source, time.seconds(form.number("Timeout", DEFAULT_TIMEOUT_SECONDS)));
        return ResponseEntity.status(HttpStatus.CREATED).body(queued);
    }

    @GetMapping("/Calls/{callSid}.json")
    CallResource fetch(@PathVariable String accountSid, @PathVariable String callSid) {
        return CallResource.of(find(accountSid, callSid));
    }

    @GetMapping("/Calls.json")
    Map<String, Object> list(@PathVariable String accountSid, @RequestParam MultiValueMap<String, String> params) {
        Form form = new Form(params);
        List<CallResource> records = calls.all().reversed().stream()
                .filter(leg -> form.get("To") == null || form.get("To").equals(leg.to()))
                .filter(leg -> form.get("From") == null || form.get("From").equals(leg.from()))
                .filter(leg -> form.get("Status") == null || form.get("Status").equals(leg.status().value()))
                .filter(leg -> form.get("ParentCallSid") == null || form.get("ParentCallSid").equals(leg.parentCallSid()))
                .map(CallResource::of)
                .toList();
        return ResourcePage.of("calls", records, "/2010-04-01/Accounts/" + accountSid + "/Calls.json");
    }

    @PostMapping("/Calls/{callSid}.json")
    CallResource update(@PathVariable String accountSid, @PathVariable String callSid,
                        @RequestParam MultiValueMap<String, String> params) {
        CallLeg leg = find(accountSid, callSid);
        Form form = new Form(params);
        TwimlSource source = form.get("Twiml") != null ? new TwimlSource.Inline(form.get("Twiml"))
                : form.get("Url") != null ? new TwimlSource.Fetch(form.get("Url"), form.get("Method", "POST"), Map.of())
                : null;
        if (source != null && !leg.redirect(source)) {
            throw TwilioApiException.badRequest(21220, "Call is not in-progress. Cannot redirect.");
        }
        String status = form.get("Status");
        if (status != null) {
            switch (status) {
                case "completed" -> leg.hangUp(CallStatus.CANCELED, "REST update Status=completed");
                // canceling only affects calls not answered yet, as with Twilio
                case "canceled" -> {
                    if (!leg.isAnswered()) {
                        leg.hangUp(CallStatus.CANCELED, "REST update Status=canceled");
                    }
                }
                default -> throw TwilioApiException.badRequest(21218, "Invalid Status: " + status);
            }
        }
        return CallResource.of(leg);
    }

    private CallLeg find(String accountSid, String callSid) {
        return calls.find(callSid).orElseThrow(() ->
                TwilioApiException.notFound("/2010-04-01/Accounts/" + accountSid + "/Calls/" + callSid + ".json"));
    }
}
