package org.interpreterline.simulator.rest;

import java.util.Map;
import org.interpreterline.simulator.conferences.ConferenceView;
import org.interpreterline.simulator.support.TwilioTime;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Twilio's Conference resource (2010-04-01). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConferenceResource(
        String accountSid,
        String apiVersion,
        String callSidEndingConference,
        String dateCreated,
        String dateUpdated,
        String friendlyName,
        String reasonConferenceEnded,
        String region,
        String sid,
        String status,
        Map<String, String> subresourceUris,
        String uri) {

    static ConferenceResource of(String accountSid, ConferenceView room) {
        String base = "/2010-04-01/Accounts/" + accountSid + "/Conferences/" + room.sid();
        var updated = room.endedAt() != null ? room.endedAt() : room.startedAt() != null ? room.startedAt() : room.createdAt();
        return new ConferenceResource(accountSid, "2010-04-01", room.callSidEndingConference(),
                TwilioTime.format(room.createdAt()), TwilioTime.format(updated), room.friendlyName(), room.reasonEnded(),
                "us1", room.sid(), room.status().value(),
                Map.of("participants", base + "/Participants.json", "recordings", base + "/Recordings.json"), base + ".json");
    }
}
