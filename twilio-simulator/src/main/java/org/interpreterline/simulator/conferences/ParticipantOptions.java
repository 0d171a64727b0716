package org.interpreterline.simulator.conferences;

/**
 * How a call takes part in a conference (from the {@code <Conference>} noun or the Participants API).
 *
 * @param subscription its conference status callbacks, or null
 */
public record ParticipantOptions(String label, boolean startConferenceOnEnter, boolean endConferenceOnExit,
                                 boolean muted, boolean hold, String waitUrl, Subscription subscription) {
}
