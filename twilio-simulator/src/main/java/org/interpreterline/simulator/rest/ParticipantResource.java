package org.interpreterline.simulator.rest;

import org.interpreterline.simulator.conferences.ParticipantView;
import org.interpreterline.simulator.support.TwilioTime;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Twilio's conference Participant resource (2010-04-01). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParticipantResource(
        String accountSid,
        String callSid,
        String label,
        String callSidToCoach,
        boolean coaching,
        String conferenceSid,
        String dateCreated,
        String dateUpdated,
        boolean endConferenceOnExit,
        boolean muted,
        boolean hold,
        boolean startConferenceOnEnter,
        String status,
        String queueTime,
        String uri) {

    static ParticipantResource of(String accountSid, ParticipantView participant) {
        return new ParticipantResource(accountSid, participant.callSid(), participant.label(), null, false,
                participant.conferenceSid(), TwilioTime.format(participant.createdAt()), TwilioTime.format(participant.createdAt()),
                participant.endConferenceOnExit(), participant.muted(), participant.hold(),
                participant.startConferenceOnEnter(), participant.status(), null,
                "/2010-04-01/Accounts/" + accountSid + "/Conferences/" + participant.conferenceSid() + "/Participants/"
                        + participant.callSid() + ".json");
    }
}
