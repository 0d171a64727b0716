package org.interpreterline.simulator.messages;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.simulator.SimulatorProperties;
import org.interpreterline.simulator.events.SimEvents;
import org.interpreterline.simulator.phones.InboxMessage;
import org.interpreterline.simulator.phones.PhoneBook;
import org.interpreterline.simulator.phones.PhoneNumbers;
import org.interpreterline.simulator.phones.VirtualPhone;
import org.interpreterline.simulator.support.Sids;
import org.interpreterline.simulator.support.Workers;
import org.interpreterline.simulator.twiml.TwimlDocument;
import org.interpreterline.simulator.twiml.TwimlParseException;
import org.interpreterline.simulator.twiml.TwimlParser;
import org.interpreterline.simulator.twiml.Verb;
import org.interpreterline.simulator.webhooks.FallbackUrl;
import org.interpreterline.simulator.webhooks.WebhookRequest;
import org.interpreterline.simulator.webhooks.WebhookResponse;
import org.interpreterline.simulator.webhooks.WebhookSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Texts: sent through the REST API into a phone's inbox (status callbacks sent, delivered), and texts from a
 * phone to the line (the line's messaging webhook, or its fallback URL when that fails; {@code <Message>} answers
 * go back to the sender).
 */
@Component
public class MessageCenter {

    private static final Logger log = LoggerFactory.getLogger(MessageCenter.class);
    /** a moment between "sent" and "delivered", as on a real network */
    private static final Duration CARRIER_DELAY = Duration.ofMillis(20);

    private final ConcurrentMap<String, SmsRecord> messages = new ConcurrentHashMap<>();
    private final PhoneBook phones;
    private final WebhookSender webhooks;
    private final Workers workers;
    private final SimEvents events;
    private final SimulatorProperties properties;
    private final TwimlParser parser = new TwimlParser();
    private final AtomicLong generation = new AtomicLong(); // a reset stops deliveries still on their way

    MessageCenter(PhoneBook phones, WebhookSender webhooks, Workers workers, SimEvents events, SimulatorProperties properties) {
        this.phones = phones;
        this.webhooks = webhooks;
        this.workers = workers;
        this.events = events;
        this.properties = properties;
    }

    /**
     * REST Messages.json: queued now, then sent and delivered to the phone's inbox.
     *
     * @throws MessageRejected the number is invalid (21211) or the phone refuses texts (21610)
     */
    public SmsRecord send(String from, String to, String body, String statusCallback, String statusCallbackMethod) {
        if (!PhoneNumbers.isValid(to)) {
            throw new MessageRejected(21211, "The 'To' number " + to + " is not a valid phone number.");
        }
        VirtualPhone phone = phones.phone(to);
        if (phone.settings().smsFails()) {
            throw new MessageRejected(21610, "Attempt to send to unsubscribed recipient");
        }
        SmsRecord message = new SmsRecord(Sids.next(Sids.MESSAGE), properties.accountSid(), from, phone.number(), body,
                "outbound-api", "queued", Instant.now(), null, null, null);
        messages.put(message.sid(), message);
        log.info("sms {} {} -> {}: queued", message.sid(), PhoneMask.mask(from), PhoneMask.mask(phone.number()));
        long started = generation.get();
        workers.start(() -> deliver(message, phone, statusCallback, statusCallbackMethod, started));
        return message;
    }

    private void deliver(SmsRecord message, VirtualPhone phone, String statusCallback, String method, long started) {
        try {
            Thread.sleep(CARRIER_DELAY);
            if (generation.get() != started) {
                return;
            }
            update(message.sid(), "sent");
            callback(message, "sent", statusCallback, method);
            Thread.sleep(CARRIER_DELAY);
            if (generation.get() != started) {
                return;
            }
            phone.receive(new InboxMessage(message.sid(), message.from(), message.body(), Instant.now()));
            update(message.sid(), "delivered");
            callback(message, "delivered", statusCallback, method);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void update(String sid, String status) {
        SmsRecord updated = messages.computeIfPresent(sid, (s, m) -> m.withStatus(status, "sent".equals(status) ? Instant.now() : m.sentAt()));
        if (updated != null) {
            log.info("sms {} {} -> {}: {}", sid, PhoneMask.mask(updated.from()), PhoneMask.mask(updated.to()), status);
            events.publish("message", sid, "status", status, "to", updated.to());
        }
    }

    private void callback(SmsRecord message, String status, String url, String method) {
        if (url == null || url.isBlank()) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", message.accountSid());
        params.put("ApiVersion", "2010-04-01");
        params.put("MessageSid", message.sid());
        params.put("SmsSid", message.sid());
        params.put("MessageStatus", status);
        params.put("SmsStatus", status);
        params.put("From", message.from());
        params.put("To", message.to());
        webhooks.send(new WebhookRequest(url, method, params));
    }

    /**
     * A phone texts {@code to} (the line): Twilio posts the line's messaging webhook and sends any
     * {@code <Message>} in the answer.
     *
     * @return the inbound message's sid
     */
    public String textLine(VirtualPhone phone, String to, String body) {
        SmsRecord message = new SmsRecord(Sids.next(Sids.MESSAGE), properties.accountSid(), phone.number(), to, body,
                "inbound", "received", Instant.now(), Instant.now(), null, null);
        messages.put(message.sid(), message);
        log.info("sms {} {} -> {}: received", message.sid(), PhoneMask.mask(phone.number()), PhoneMask.mask(to));
        long started = generation.get();
        workers.start(() -> notifyLine(message, started));
        return message.sid();
    }

    private void notifyLine(SmsRecord message, long started) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", message.accountSid());
        params.put("ApiVersion", "2010-04-01");
        params.put("MessageSid", message.sid());
        params.put("SmsMessageSid", message.sid());
        params.put("SmsSid", message.sid());
        params.put("SmsStatus", "received");
        params.put("From", message.from());
        params.put("To", message.to());
        params.put("Body", message.body());
        params.put("NumMedia", "0");
        params.put("NumSegments", String.valueOf(message.segments()));
        params.put("FromCountry", "US");
        params.put("ToCountry", "US");
        Answer answer = answer(message, WebhookRequest.post(properties.lineSmsUrl(), params));
        Optional<FallbackUrl> fallback = properties.smsFallback();
        if (answer.failed() && fallback.isPresent() && generation.get() == started) {
            log.info("sms {}: the line's messaging webhook failed; requesting its fallback URL", message.sid());
            answer = answer(message, new WebhookRequest(fallback.get().url(), fallback.get().method(),
                    FallbackUrl.params(params, answer.errorCode(), properties.lineSmsUrl())));
        }
        if (generation.get() != started || answer.reply() == null) {
            return;
        }
        for (Verb verb : answer.reply().verbs()) {
            if (verb instanceof Verb.Message text) {
                reply(message, text);
            }
        }
    }

    /**
     * What a messaging webhook answered.
     *
     * @param reply     the TwiML, or null: none asked for, or the webhook failed
     * @param errorCode Twilio's error code when the webhook failed (11200, 12100), else 0
     */
    private record Answer(TwimlDocument reply, int errorCode) {

        boolean failed() {
            return errorCode != 0;
        }
    }

    /** Sends the webhook; a failure is recorded on the message, as Twilio's debugger would. */
    private Answer answer(SmsRecord message, WebhookRequest request) {
        WebhookResponse response = webhooks.send(request);
        if (!response.ok()) {
            messages.computeIfPresent(message.sid(), (s, m) -> m.failed(11200, "HTTP retrieval failure: " + response.error()));
            return new Answer(null, 11200);
        }
        if (response.body() == null || response.body().isBlank()) {
            return new Answer(null, 0); // an empty answer means "no reply"
        }
        try {
            return new Answer(parser.parse(response.body(), request.url()), 0);
        } catch (TwimlParseException e) {
            messages.computeIfPresent(message.sid(), (s, m) -> m.failed(12100, "Document parse failure: " + e.getMessage()));
            log.warn("sms {}: {} answered with invalid TwiML: {}", message.sid(), request.url(), e.getMessage());
            return new Answer(null, 12100);
        }
    }

    private void reply(SmsRecord inbound, Verb.Message text) {
        String to = text.to() == null ? inbound.from() : text.to();
        String from = text.from() == null ? inbound.to() : text.from();
        if (!PhoneNumbers.isValid(to)) {
            log.warn("sms reply to an invalid number dropped");
            return;
        }
        VirtualPhone phone = phones.phone(to);
        SmsRecord reply = new SmsRecord(Sids.next(Sids.MESSAGE), inbound.accountSid(), from, phone.number(), text.body(),
                "outbound-reply", "delivered", Instant.now(), Instant.now(), null, null);
        messages.put(reply.sid(), reply);
        if (phone.settings().smsFails()) {
            messages.put(reply.sid(), reply.failed(21610, "Attempt to send to unsubscribed recipient"));
            return;
        }
        phone.receive(new InboxMessage(reply.sid(), from, text.body(), Instant.now()));
        log.info("sms {} {} -> {}: delivered (reply)", reply.sid(), PhoneMask.mask(from), PhoneMask.mask(phone.number()));
    }

    public Optional<SmsRecord> find(String sid) {
        return Optional.ofNullable(messages.get(sid));
    }

    public List<SmsRecord> all() {
        return messages.values().stream().sorted(Comparator.comparing(SmsRecord::createdAt)).toList();
    }

    public void reset() {
        generation.incrementAndGet();
        messages.clear();
    }
}
