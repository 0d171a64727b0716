package org.interpreterline.simulator.conferences;

import java.time.Instant;
import java.util.List;
import org.interpreterline.simulator.calls.CallError;

/**
 * A conference room for the control API.
 *
 * @param errors what went wrong with its announcements (11200 retrieval failure, 12100 invalid TwiML)
 */
public record ConferenceView(String sid, String friendlyName, ConferenceStatus status, Instant createdAt,
                             Instant startedAt, Instant endedAt, String reasonEnded, String callSidEndingConference,
                             List<ParticipantView> participants, List<CallError> errors) {

    public List<String> phoneNumbers() {
        return participants.stream().filter(p -> "connected".equals(p.status())).map(ParticipantView::phoneNumber).toList();
    }
}
