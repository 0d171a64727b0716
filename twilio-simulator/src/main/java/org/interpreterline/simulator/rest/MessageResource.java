package org.interpreterline.simulator.rest;

import java.util.Map;
import org.interpreterline.simulator.messages.SmsRecord;
import org.interpreterline.simulator.support.TwilioTime;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Twilio's Message resource (2010-04-01). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageResource(
        String accountSid,
        String apiVersion,
        String body,
        String dateCreated,
        String dateSent,
        String dateUpdated,
        String direction,
        Integer errorCode,
        String errorMessage,
        String from,
        String messagingServiceSid,
        String numMedia,
        String numSegments,
        String price,
        String priceUnit,
        String sid,
        String status,
        Map<String, String> subresourceUris,
        String to,
        String uri) {

    static MessageResource of(SmsRecord message) {
        String base = "/2010-04-01/Accounts/" + message.accountSid() + "/Messages/" + message.sid();
        return new MessageResource(message.accountSid(), "2010-04-01", message.body(),
                TwilioTime.format(message.createdAt()), TwilioTime.format(message.sentAt()),
                TwilioTime.format(message.sentAt() != null ? message.sentAt() : message.createdAt()),
                message.direction(), message.errorCode(), message.errorMessage(), message.from(), null, "0",
                String.valueOf(message.segments()), null, "USD", message.sid(), message.status(),
                Map.of("media", base + "/Media.json", "feedback", base + "/Feedback.json"), message.to(), base + ".json");
    }
}
