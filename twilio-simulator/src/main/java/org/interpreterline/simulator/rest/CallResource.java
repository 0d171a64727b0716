package org.interpreterline.simulator.rest;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.interpreterline.simulator.calls.CallLeg;
import org.interpreterline.simulator.calls.CallParams;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.support.TwilioTime;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Twilio's Call resource (2010-04-01), field for field. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CallResource(
        String sid,
        String dateCreated,
        String dateUpdated,
        String parentCallSid,
        String accountSid,
        String to,
        String toFormatted,
        String from,
        String fromFormatted,
        String phoneNumberSid,
        String status,
        String startTime,
        String endTime,
        String duration,
        String price,
        String priceUnit,
        String direction,
        String answeredBy,
        String apiVersion,
        String forwardedFrom,
        String groupSid,
        String callerName,
        String queueTime,
        String trunkSid,
        String uri,
        Map<String, String> subresourceUris) {

    static CallResource of(CallLeg leg) {
        CallStatus pending = leg.pendingEnd();
        CallStatus status = pending != null ? pending : leg.status();
        String base = "/2010-04-01/Accounts/" + leg.accountSid() + "/Calls/" + leg.sid();
        Instant updated = Stream.of(leg.endedAt(), leg.answeredAt(), leg.createdAt())
                .filter(java.util.Objects::nonNull).findFirst().orElse(leg.createdAt());
        return new CallResource(leg.sid(), TwilioTime.format(leg.createdAt()), TwilioTime.format(updated),
                leg.parentCallSid(), leg.accountSid(), leg.to(), leg.to(), leg.from(), leg.from(), null, status.value(),
                status == CallStatus.QUEUED ? null : TwilioTime.format(leg.createdAt()), TwilioTime.format(leg.endedAt()),
                leg.isEnded() ? String.valueOf(leg.durationSeconds()) : null, null, "USD", leg.direction().value(),
                leg.answeredBy(), CallParams.API_VERSION, null, null, null, "0", null, base + ".json",
                Map.of("notifications", base + "/Notifications.json",
                        "recordings", base + "/Recordings.json",
                        "events", base + "/Events.json",
                        "siprec", base + "/Siprec.json",
                        "streams", base + "/Streams.json",
                        "payments", base + "/Payments.json",
                        "user_defined_messages", base + "/UserDefinedMessages.json",
                        "user_defined_message_subscriptions", base + "/UserDefinedMessageSubscriptions.json"));
    }
}
