package org.interpreterline.simulator.conferences;

import java.time.Instant;
import java.util.List;

/** A conference room for the control API. */
public record ConferenceView(String sid, String friendlyName, ConferenceStatus status, Instant createdAt,
                             Instant startedAt, Instant endedAt, String reasonEnded, String callSidEndingConference,
                             List<ParticipantView> participants) {

    public List<String> phoneNumbers() {
        return participants.stream().filter(p -> "connected".equals(p.status())).map(ParticipantView::phoneNumber).toList();
    }
}
