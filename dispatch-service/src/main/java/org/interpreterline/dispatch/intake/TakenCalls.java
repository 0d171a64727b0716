package org.interpreterline.dispatch.intake;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import java.util.Optional;
import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.dispatch.requests.OpenedRequest;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.SpokenReference;
import org.interpreterline.events.language.LanguageCatalog;
import org.springframework.stereotype.Component;

/**
 * A language choice whose call already opened a request (its request id comes from the CallSid, and the request
 * record keeps it for as long as the request history is kept): Twilio retrying the webhook while the caller waits
 * gets the same answer again (the note, then the conference), and the same webhook sent again after the request is
 * over (a replay) gets a goodbye. Neither opens anything.
 */
@Component
class TakenCalls {

    private final RequestRecords records;
    private final LanguageCatalog catalog;
    private final SpokenNoteStep noteStep;

    TakenCalls(RequestRecords records, LanguageCatalog catalog, SpokenNoteStep noteStep) {
        this.records = records;
        this.catalog = catalog;
        this.noteStep = noteStep;
    }

    /** @throws org.interpreterline.dispatch.stores.StoreUnavailable while the record cannot be read */
    Optional<Taken> of(String callSid) {
        return records.byId(RequestIds.voice(callSid)).filter(RequestRecord::opened).map(this::answer);
    }

    /** What the call opened, and the answer to its language choice made again. */
    record Taken(RequestRecord request, VoiceResponse answer) {
    }

    private Taken answer(RequestRecord request) {
        SpokenReference reference = new SpokenReference(request.reference());
        if (request.status().finished()) {
            return new Taken(request, new VoiceResponse.Builder()
                    .say(new Say.Builder("Interpreter Line. Request " + reference.spoken() + " is already over. If you "
                            + "still need an interpreter, please call again. Goodbye.").build())
                    .hangup(new Hangup.Builder().build()).build());
        }
        return new Taken(request, noteStep.ask(new OpenedRequest(request.requestId(), reference,
                catalog.byTag(request.language()).orElseThrow(), request.conferenceName(), Delivery.ACKNOWLEDGED,
                request.sameInterpreter() != null)));
    }
}
