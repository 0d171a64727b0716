package org.interpreterline.simulator.rest;

import java.util.Map;
import org.interpreterline.simulator.AccountNumbers;
import org.interpreterline.simulator.messages.MessageCenter;
import org.interpreterline.simulator.messages.MessageRejected;
import org.interpreterline.simulator.messages.SmsRecord;
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

/** Twilio's Messages: send a text to a virtual phone, fetch it. */
@RestController
@RequestMapping(path = "/2010-04-01/Accounts/{accountSid}", produces = MediaType.APPLICATION_JSON_VALUE)
class MessagesApi {

    private final MessageCenter messages;
    private final AccountNumbers numbers;
    private final AccountSender sender;

    MessagesApi(MessageCenter messages, AccountNumbers numbers, AccountSender sender) {
        this.messages = messages;
        this.numbers = numbers;
        this.sender = sender;
    }

    @PostMapping("/Messages.json")
    ResponseEntity<MessageResource> create(@RequestParam MultiValueMap<String, String> params) {
        Form form = new Form(params);
        String to = form.required("To", 21604, "A 'To' phone number is required.");
        // a messaging service sends from one of its numbers: here, the line's
        String from = form.get("From", form.get("MessagingServiceSid") == null ? null : numbers.line());
        if (from == null) {
            throw TwilioApiException.badRequest(21603, "A 'From' phone number is required.");
        }
        sender.checked(from);
        String body = form.required("Body", 21602, "Message body is required.");
        try {
            SmsRecord message = messages.send(from, to, body, form.get("StatusCallback"), form.get("StatusCallbackMethod"));
            return ResponseEntity.status(HttpStatus.CREATED).body(MessageResource.of(message));
        } catch (MessageRejected rejected) {
            throw TwilioApiException.badRequest(rejected.code(), rejected.getMessage());
        }
    }

    @GetMapping("/Messages/{messageSid}.json")
    MessageResource fetch(@PathVariable String accountSid, @PathVariable String messageSid) {
        return messages.find(messageSid).map(MessageResource::of).orElseThrow(() ->
                TwilioApiException.notFound("/2010-04-01/Accounts/" + accountSid + "/Messages/" + messageSid + ".json"));
    }

    @GetMapping("/Messages.json")
    Map<String, Object> list(@PathVariable String accountSid) {
        return ResourcePage.of("messages", messages.all().reversed().stream().map(MessageResource::of).toList(),
                "/2010-04-01/Accounts/" + accountSid + "/Messages.json");
    }
}
