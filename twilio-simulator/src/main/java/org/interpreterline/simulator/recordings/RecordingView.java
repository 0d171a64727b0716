package org.interpreterline.simulator.recordings;

import java.time.Instant;

/**
 * A recording as the control API shows it.
 *
 * @param words what the phone said into it (cut at the Record's maxLength)
 * @param url   its RecordingUrl, as the action received it
 */
public record RecordingView(String sid, String callSid, String words, int durationSeconds, String url,
                            Instant createdAt, boolean deleted) {
}
