package org.interpreterline.simulator.rest;

import java.util.Map;
import org.interpreterline.simulator.calls.CallParams;
import org.interpreterline.simulator.recordings.Recording;
import org.interpreterline.simulator.support.TwilioTime;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Twilio's Recording resource (2010-04-01), as the SDK reads it: a completed mono recording of a {@code <Record>}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingResource(
        String accountSid,
        String apiVersion,
        String callSid,
        String conferenceSid,
        String dateCreated,
        String dateUpdated,
        String startTime,
        String duration,
        String sid,
        String price,
        String priceUnit,
        String status,
        int channels,
        String source,
        Integer errorCode,
        String uri,
        Object encryptionDetails,
        Map<String, String> subresourceUris,
        String mediaUrl) {

    /** @param mediaUrl its audio, as the action's RecordingUrl gave it */
    static RecordingResource of(Recording recording, String mediaUrl) {
        String base = "/2010-04-01/Accounts/" + recording.accountSid() + "/Recordings/" + recording.sid();
        String created = TwilioTime.format(recording.createdAt());
        return new RecordingResource(recording.accountSid(), CallParams.API_VERSION, recording.callSid(), null,
                created, created, created, String.valueOf(recording.durationSeconds()), recording.sid(), null, "USD",
                "completed", 1, "RecordVerb", null, base + ".json", null,
                Map.of("add_on_results", base + "/AddOnResults.json", "transcriptions", base + "/Transcriptions.json"),
                mediaUrl);
    }
}
