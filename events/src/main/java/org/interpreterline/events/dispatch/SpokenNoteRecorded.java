package org.interpreterline.events.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.interpreterline.events.RequestEvent;

/**
 * The officer who called in said a few words about the call after choosing the language ({@code <Record>}, at most
 * {@code line.dispatch.spoken-note-seconds}). Interpreters offered the request hear it before they choose;
 * notification-service deletes the recording at Twilio after {@code line.notification.spoken-note-retention}. The
 * words stay at Twilio: the line keeps only where they are.
 *
 * @param recordingSid Twilio's id of the recording ({@code RE} and 32 hex digits)
 * @param recordingUrl where Twilio serves it (ends with {@code /Recordings/} and the sid), as Twilio reported it
 * @param seconds      how long it is
 */
public record SpokenNoteRecorded(
        UUID eventId,
        Instant occurredAt,
        String rosterId,
        String requestId,
        String recordingSid,
        String recordingUrl,
        int seconds) implements DispatchEvent, RequestEvent {

    private static final Pattern SID = Pattern.compile("RE[0-9a-fA-F]{32}");

    public SpokenNoteRecorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        if (!isRecording(recordingSid, recordingUrl)) {
            throw new IllegalArgumentException("not a Twilio recording: " + recordingSid + " at " + recordingUrl);
        }
    }

    /**
     * Whether the pair is what Twilio reports for a recording: the URL is played to interpreters, so only an https
     * (or, for the simulator, http) URL of that very recording is accepted.
     */
    public static boolean isRecording(String recordingSid, String recordingUrl) {
        return recordingSid != null && SID.matcher(recordingSid).matches() && recordingUrl != null
                && recordingUrl.matches("https?://[^\\s?#]+") && recordingUrl.endsWith("/Recordings/" + recordingSid);
    }
}
