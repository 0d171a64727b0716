package org.interpreterline.dispatch.intake;

import java.util.Optional;
import org.interpreterline.dispatch.requests.NewRequest;
import org.interpreterline.dispatch.requests.OpenedRequest;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.events.Channel;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.springframework.stereotype.Component;

/**
 * {@code ALSO <language>}: a second interpreter for the officer's connected call (a relay: a K'iche' interpreter who
 * interprets into Spanish, while the Spanish interpreter interprets into English). It is a request of its own, found
 * the usual way, whose interpreter is put into the call's conference instead of one of its own; it is over when the
 * call is. One per call and language: asking again answers where it stands.
 */
@Component
class SecondInterpreter {

    static final String HOW = "Text ALSO and the language, such as ALSO K'iche'.";

    private final RequestDesk desk;
    private final RequestRecords records;
    private final LanguageCatalog catalog;

    SecondInterpreter(RequestDesk desk, RequestRecords records, LanguageCatalog catalog) {
        this.desk = desk;
        this.records = records;
        this.catalog = catalog;
    }

    String ask(Responder responder, SmsCommand.Also also, String from) {
        if (also.language() == null) {
            return also.asked().isBlank() ? "ALSO adds a second interpreter to your call. " + HOW
                    : "Sorry, we didn't recognise '" + also.asked() + "' as a language. " + HOW;
        }
        Language language = also.language();
        Optional<RequestRecord> call = records.openFor(from);
        if (call.isEmpty()) {
            return "ALSO adds a second interpreter to a call in progress, and you have none. Text a language to "
                    + "request an interpreter.";
        }
        RequestRecord host = call.get();
        if (host.status() != RequestStatus.CONNECTED) {
            return "Request " + host.reference() + " is not connected yet. Once your interpreter is on the call, text "
                    + "ALSO " + language.englishName() + " again.";
        }
        if (host.language().equals(language.tag())) {
            return "Your call " + host.reference() + " already has " + Language.anInterpreterOf(language.englishName())
                    + ".";
        }
        String relayId = RequestIds.relay(host.requestId(), language.tag());
        Optional<RequestRecord> asked = records.byId(relayId).filter(RequestRecord::opened);
        if (asked.isPresent()) {
            return "Request " + asked.get().reference() + ": " + Language.anInterpreterOf(language.englishName())
                    + " for your call " + host.reference() + " is " + (asked.get().status().finished()
                    ? "no longer being looked for." : "already being found.");
        }
        OpenedRequest opened = desk.open(new NewRequest(relayId, language, Channel.VOICE, host.priority(),
                responder.agency(), responder.name(), from, null, host.note(), null, host.flags())
                .joining(host.requestId()));
        if (opened.delivery().failed()) {
            return "Sorry, we could not ask for a second interpreter just now. Please text ALSO "
                    + language.englishName() + " again.";
        }
        return "Request " + opened.reference().code() + ": finding " + Language.anInterpreterOf(language.englishName())
                + " to join your call " + host.reference() + ". You will hear them join.";
    }
}
