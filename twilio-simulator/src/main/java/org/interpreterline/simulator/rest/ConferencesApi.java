package org.interpreterline.simulator.rest;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.interpreterline.simulator.calls.StatusCallbacks;
import org.interpreterline.simulator.conferences.ConferenceAnnouncer;
import org.interpreterline.simulator.conferences.ConferenceDesk;
import org.interpreterline.simulator.conferences.ConferenceRoom;
import org.interpreterline.simulator.conferences.Conferences;
import org.interpreterline.simulator.conferences.ParticipantOptions;
import org.interpreterline.simulator.conferences.Subscription;
import org.interpreterline.simulator.phones.PhoneNumbers;
import org.interpreterline.simulator.support.TimeScale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's Conferences and their Participants: list, fetch, end, announce; add (dial), fetch, hold/mute, remove
 * participants.
 */
@RestController
@RequestMapping(path = "/2010-04-01/Accounts/{accountSid}", produces = MediaType.APPLICATION_JSON_VALUE)
class ConferencesApi {

    private static final int DEFAULT_TIMEOUT_SECONDS = 60;

    private final Conferences conferences;
    private final ConferenceDesk desk;
    private final ConferenceAnnouncer announcer;
    private final TimeScale time;
    private final AccountSender sender;

    ConferencesApi(Conferences conferences, ConferenceDesk desk, ConferenceAnnouncer announcer, TimeScale time,
                   AccountSender sender) {
        this.conferences = conferences;
        this.desk = desk;
        this.announcer = announcer;
        this.time = time;
        this.sender = sender;
    }

    @GetMapping("/Conferences.json")
    Map<String, Object> list(@PathVariable String accountSid, @RequestParam MultiValueMap<String, String> params) {
        Form form = new Form(params);
        List<ConferenceResource> records = conferences.all().reversed().stream()
                .map(ConferenceRoom::view)
                .filter(room -> form.get("FriendlyName") == null || form.get("FriendlyName").equals(room.friendlyName()))
                .filter(room -> form.get("Status") == null || form.get("Status").equals(room.status().value()))
                .map(room -> ConferenceResource.of(accountSid, room))
                .toList();
        return ResourcePage.of("conferences", records, "/2010-04-01/Accounts/" + accountSid + "/Conferences.json");
    }

    @GetMapping("/Conferences/{conferenceSid}.json")
    ConferenceResource fetch(@PathVariable String accountSid, @PathVariable String conferenceSid) {
        return ConferenceResource.of(accountSid, room(accountSid, conferenceSid).view());
    }

    /**
     * {@code Status=completed} ends the conference; {@code AnnounceUrl} (with {@code AnnounceMethod}, POST by
     * default) plays that URL's TwiML into it, after this answer. An ended conference stays as it is: the answer
     * shows it completed, and nothing is announced.
     */
    @PostMapping("/Conferences/{conferenceSid}.json")
    ConferenceResource update(@PathVariable String accountSid, @PathVariable String conferenceSid,
                              @RequestParam MultiValueMap<String, String> params) {
        ConferenceRoom room = room(accountSid, conferenceSid);
        Form form = new Form(params);
        String status = form.get("Status");
        if (status != null && !"completed".equals(status)) {
            throw TwilioApiException.badRequest(21218, "Invalid Status: " + status);
        }
        String announceUrl = form.get("AnnounceUrl");
        if (announceUrl != null && !room.isCompleted()) {
            announcer.announce(room, announceUrl, form.get("AnnounceMethod", "POST"));
        }
        if (status != null) {
            room.endViaApi();
        }
        return ConferenceResource.of(accountSid, room.view());
    }

    @PostMapping("/Conferences/{conference}/Participants.json")
    ResponseEntity<ParticipantResource> addParticipant(@PathVariable String accountSid, @PathVariable String conference,
                                                       @RequestParam MultiValueMap<String, String> params) {
        Form form = new Form(params);
        String from = form.required("From", 21213, "No 'From' number is specified");
        String to = form.required("To", 21201, "No 'To' number is specified");
        if (!PhoneNumbers.isValid(to)) {
            throw TwilioApiException.badRequest(21211, "Invalid 'To' Phone Number: " + to);
        }
        sender.checked(from);
        ParticipantOptions options = new ParticipantOptions(form.get("Label"), form.flag("StartConferenceOnEnter", true),
                form.flag("EndConferenceOnExit", false), form.flag("Muted", false), form.flag("Hold", false),
                form.get("WaitUrl"), Subscription.of(form.get("ConferenceStatusCallback"),
                form.get("ConferenceStatusCallbackMethod"), form.all("ConferenceStatusCallbackEvent")));
        StatusCallbacks callbacks = StatusCallbacks.of(form.get("StatusCallback"), form.get("StatusCallbackMethod"),
                form.all("StatusCallbackEvent"));
        try {
            ConferenceDesk.Dialled dialled = desk.addParticipant(conference, from, PhoneNumbers.normalize(to), options,
                    callbacks, time.seconds(form.number("Timeout", DEFAULT_TIMEOUT_SECONDS)));
            return ResponseEntity.status(HttpStatus.CREATED).body(ParticipantResource.of(accountSid, dialled.participant()));
        } catch (NoSuchElementException e) {
            throw TwilioApiException.notFound(participantsPath(accountSid, conference));
        }
    }

    @GetMapping("/Conferences/{conferenceSid}/Participants.json")
    Map<String, Object> participants(@PathVariable String accountSid, @PathVariable String conferenceSid) {
        ConferenceRoom room = room(accountSid, conferenceSid);
        return ResourcePage.of("participants",
                room.participants().stream().map(p -> ParticipantResource.of(accountSid, p)).toList(),
                participantsPath(accountSid, conferenceSid));
    }

    @GetMapping("/Conferences/{conferenceSid}/Participants/{callSid}.json")
    ParticipantResource participant(@PathVariable String accountSid, @PathVariable String conferenceSid,
                                    @PathVariable String callSid) {
        return ParticipantResource.of(accountSid, room(accountSid, conferenceSid).participant(callSid)
                .orElseThrow(() -> TwilioApiException.notFound(participantPath(accountSid, conferenceSid, callSid))));
    }

    @PostMapping("/Conferences/{conferenceSid}/Participants/{callSid}.json")
    ParticipantResource updateParticipant(@PathVariable String accountSid, @PathVariable String conferenceSid,
                                          @PathVariable String callSid, @RequestParam MultiValueMap<String, String> params) {
        ConferenceRoom room = room(accountSid, conferenceSid);
        Form form = new Form(params);
        if (!room.update(callSid, form.optionalFlag("Hold"), form.optionalFlag("Muted"))) {
            throw TwilioApiException.notFound(participantPath(accountSid, conferenceSid, callSid));
        }
        return participant(accountSid, conferenceSid, callSid);
    }

    @DeleteMapping("/Conferences/{conferenceSid}/Participants/{callSid}.json")
    ResponseEntity<Void> removeParticipant(@PathVariable String accountSid, @PathVariable String conferenceSid,
                                           @PathVariable String callSid) {
        if (!room(accountSid, conferenceSid).kick(callSid)) {
            throw TwilioApiException.notFound(participantPath(accountSid, conferenceSid, callSid));
        }
        return ResponseEntity.noContent().build();
    }

    private ConferenceRoom room(String accountSid, String conferenceSid) {
        return conferences.bySid(conferenceSid).orElseThrow(() ->
                TwilioApiException.notFound("/2010-04-01/Accounts/" + accountSid + "/Conferences/" + conferenceSid + ".json"));
    }

    private static String participantsPath(String accountSid, String conference) {
        return "/2010-04-01/Accounts/" + accountSid + "/Conferences/" + conference + "/Participants.json";
    }

    private static String participantPath(String accountSid, String conference, String callSid) {
        return "/2010-04-01/Accounts/" + accountSid + "/Conferences/" + conference + "/Participants/" + callSid + ".json";
    }
}
