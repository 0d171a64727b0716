package org.interpreterline.notification.offers;

import java.time.Duration;
import java.time.Instant;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.notification.calls.CallLedger;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call desk's rules for the officer's spoken note: kept on the request, so every offer prompt plays it, and
 * deleted at Twilio once {@code retention} has passed, whatever became of the request (a timer in the desk's store,
 * so the instance that takes over deletes it if this one dies first).
 */
public final class SpokenNotes {

    private static final Logger log = LoggerFactory.getLogger(SpokenNotes.class);
    /** "note:" + recordingSid + ":" + requestId → when it is deleted */
    private static final String TIMER = "note:";

    private final CallLedger ledger;
    private final PhoneWork phones;
    private final Reports reports;
    private final Duration retention;

    public SpokenNotes(CallLedger ledger, PhoneWork phones, Reports reports, Duration retention) {
        this.ledger = ledger;
        this.phones = phones;
        this.reports = reports;
        this.retention = retention;
    }

    public void recorded(SpokenNoteRecorded noted) {
        ledger.learn(CallRequest.learned(noted.rosterId(), noted.requestId(), null, null, null, null, null, null, false,
                reports.now()).withSpokenNote(new CallRequest.SpokenNote(noted.recordingSid(), noted.recordingUrl(),
                noted.seconds())));
        Instant deleteAt = (noted.occurredAt() == null ? reports.now() : noted.occurredAt()).plus(retention);
        ledger.due(TIMER + noted.recordingSid() + ":" + noted.requestId(), deleteAt);
        log.info("Request {}: the officer's spoken note ({} s) is played to its interpreters until {}",
                noted.requestId(), noted.seconds(), deleteAt);
    }

    /** Deletes the notes whose time is up; no prompt plays them any more. */
    public void deleteDue() {
        Instant now = reports.now();
        for (String timer : ledger.timers(TIMER, due -> !due.isAfter(now))) {
            String[] sidAndRequest = timer.substring(TIMER.length()).split(":", 2);
            String recordingSid = sidAndRequest[0];
            String requestId = sidAndRequest.length > 1 ? sidAndRequest[1] : null;
            ledger.done(timer);
            CallRequest request = ledger.request(requestId);
            if (request != null && request.spokenNote() != null
                    && recordingSid.equals(request.spokenNote().recordingSid())) {
                ledger.put(request.withSpokenNote(null));
            }
            phones.deleteRecording(requestId, recordingSid);
            log.info("Request {}: the officer's spoken note {} is no longer played; deleting it at Twilio", requestId,
                    recordingSid);
        }
    }
}
