package org.interpreterline.simulator.conferences;

import java.time.Instant;

/** A conference participant: its call, the virtual phone on it, and its flags. */
public record ParticipantView(String callSid, String conferenceSid, String phoneNumber, String label, String status,
                              boolean muted, boolean hold, boolean startConferenceOnEnter,
                              boolean endConferenceOnExit, Instant createdAt) {
}
