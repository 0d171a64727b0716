package org.interpreterline.simulator.control;

import java.util.List;
import org.interpreterline.simulator.AccountNumbers;
import org.interpreterline.simulator.calls.CallLauncher;
import org.interpreterline.simulator.calls.CallLeg;
import org.interpreterline.simulator.calls.CallRegistry;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.messages.MessageCenter;
import org.interpreterline.simulator.phones.PhoneBook;
import org.interpreterline.simulator.phones.PhoneNumbers;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.interpreterline.simulator.phones.PhoneView;
import org.interpreterline.simulator.phones.VirtualPhone;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The virtual phones: configure them, look at them, and act as the person holding one. */
@RestController
@RequestMapping("/sim/phones")
class PhonesController {

    private final PhoneBook phones;
    private final CallRegistry calls;
    private final CallLauncher launcher;
    private final MessageCenter messages;
    private final AccountNumbers numbers;

    PhonesController(PhoneBook phones, CallRegistry calls, CallLauncher launcher, MessageCenter messages,
                     AccountNumbers numbers) {
        this.phones = phones;
        this.calls = calls;
        this.launcher = launcher;
        this.messages = messages;
        this.numbers = numbers;
    }

    @PutMapping("/{number}")
    PhoneView configure(@PathVariable String number, @RequestBody(required = false) PhoneSettings settings) {
        return phones.configure(number, settings == null ? PhoneSettings.defaults() : settings).view();
    }

    @GetMapping
    List<PhoneView> all() {
        return phones.all().stream().map(VirtualPhone::view).toList();
    }

    @GetMapping("/{number}")
    PhoneView phone(@PathVariable String number) {
        return phones.phone(number).view();
    }

    /** The phone calls the line, at one of the account's numbers (only those can be called from a virtual phone). */
    @PostMapping("/{number}/dial")
    ControlResponses.CallStarted dial(@PathVariable String number, @RequestBody(required = false) ControlRequests.Dial request) {
        String to = lineNumber(request == null ? null : request.to(), "call");
        return new ControlResponses.CallStarted(launcher.dialLine(phones.phone(number), to).sid());
    }

    @PostMapping("/{number}/answer")
    ControlResponses.Done answer(@PathVariable String number) {
        if (!activeCall(number).pickUp()) {
            throw new IllegalStateException(number + " has no ringing call to answer");
        }
        return new ControlResponses.Done(true);
    }

    /** Rejects a ringing call: the caller gets busy. */
    @PostMapping("/{number}/reject")
    ControlResponses.Done reject(@PathVariable String number) {
        if (!activeCall(number).decline()) {
            throw new IllegalStateException(number + " has no ringing call to reject");
        }
        return new ControlResponses.Done(true);
    }

    /** Ends the phone's call (a ringing incoming call is rejected, an outgoing one not yet answered is abandoned). */
    @PostMapping("/{number}/hangup")
    ControlResponses.Done hangup(@PathVariable String number) {
        CallLeg leg = activeCall(number);
        if (!leg.isAnswered() && leg.decline()) {
            return new ControlResponses.Done(true);
        }
        leg.hangUp(CallStatus.CANCELED, "the phone hung up");
        return new ControlResponses.Done(true);
    }

    @PostMapping("/{number}/press")
    ControlResponses.Done press(@PathVariable String number, @RequestBody ControlRequests.Press request) {
        if (request == null || request.digits() == null || !request.digits().matches("[0-9*#wW]+")) {
            throw new IllegalArgumentException("digits must be keys 0-9, * or #");
        }
        if (!activeCall(number).press(request.digits().replaceAll("[wW]", ""), false)) {
            throw new IllegalStateException(number + "'s call is not answered yet");
        }
        return new ControlResponses.Done(true);
    }

    @PostMapping("/{number}/say")
    ControlResponses.Done say(@PathVariable String number, @RequestBody ControlRequests.Say request) {
        if (request == null || request.speech() == null || request.speech().isBlank()) {
            throw new IllegalArgumentException("speech is required");
        }
        if (!activeCall(number).speak(request.speech().strip())) {
            throw new IllegalStateException(number + "'s call is not answered yet");
        }
        return new ControlResponses.Done(true);
    }

    /** The phone texts the line, at one of the account's numbers. */
    @PostMapping("/{number}/sms")
    ControlResponses.MessageSent sms(@PathVariable String number, @RequestBody ControlRequests.Sms request) {
        if (request == null || request.body() == null) {
            throw new IllegalArgumentException("body is required");
        }
        String to = lineNumber(request.to(), "text");
        return new ControlResponses.MessageSent(messages.textLine(phones.phone(number), to, request.body()));
    }

    /** The account's number a phone calls or texts: the line's when none is named; any other number is refused. */
    private String lineNumber(String requested, String verb) {
        String to = requested == null || requested.isBlank() ? numbers.line() : PhoneNumbers.normalize(requested);
        if (!numbers.owns(to)) {
            throw new IllegalArgumentException("a virtual phone can only " + verb + " the line ("
                    + String.join(", ", numbers.all()) + "), not " + to);
        }
        return to;
    }

    private CallLeg activeCall(String number) {
        VirtualPhone phone = phones.phone(number);
        return calls.activeFor(phone).orElseThrow(() -> new IllegalStateException(phone.number() + " is not on a call"));
    }
}
