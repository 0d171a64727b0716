package org.interpreterline.dispatch.intake;

import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.dispatch.presence.InterpreterPhones;
import org.interpreterline.dispatch.presence.InterpreterTexts;
import org.interpreterline.dispatch.presence.PresenceText;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.springframework.stereotype.Component;

/**
 * Texts the line has already acted on, by their MessageSid: one that opened a request (the request record has it
 * under the id the MessageSid gives), or one whose CANCEL, ON, OFF or BREAK dispatch published ({@link
 * TakenTextsTable}). Such a text, whether Twilio retries it or someone sends it again later, is answered without
 * publishing anything: a retry with the same words as the first time, a later copy with where things stand.
 */
@Component
class TakenTexts {

    private final RequestRecords records;
    private final DispatchStores stores;
    private final ResponderTexts responderTexts;
    private final InterpreterTexts interpreterTexts;
    private final InterpreterPhones interpreters;

    TakenTexts(RequestRecords records, DispatchStores stores, ResponderTexts responderTexts,
            InterpreterTexts interpreterTexts, InterpreterPhones interpreters) {
        this.records = records;
        this.stores = stores;
        this.responderTexts = responderTexts;
        this.interpreterTexts = interpreterTexts;
        this.interpreters = interpreters;
    }

    /**
     * The reply to a text the line already took, if it did.
     *
     * @throws org.interpreterline.dispatch.stores.StoreUnavailable while the record cannot be read
     */
    Optional<String> replyAgain(String messageSid, String from) {
        if (messageSid == null || messageSid.isBlank()) {
            return Optional.empty();
        }
        Optional<RequestRecord> opened = records.byId(RequestIds.sms(messageSid)).filter(RequestRecord::opened);
        if (opened.isPresent()) {
            return opened.map(responderTexts::again);
        }
        ReadOnlyKeyValueStore<String, TakenText> taken = stores.store(TakenTextsTable.STORE);
        TakenText cancel = taken.get(RequestIds.cancellation("sms:" + messageSid).toString());
        if (cancel != null) {
            return Optional.of(responderTexts.cancelled(records.byId(cancel.requestId())
                    .map(RequestRecord::reference).orElse(cancel.requestId())));
        }
        TakenText presence = taken.get(RequestIds.presence(messageSid).toString());
        if (presence != null) {
            PresenceText.Change change = PresenceText.Change.of(presence.presence());
            return Optional.of(interpreters.byPhone(from).map(i -> interpreterTexts.confirmation(i, change))
                    .orElseGet(interpreterTexts::help));
        }
        return Optional.empty();
    }
}
