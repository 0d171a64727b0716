package org.interpreterline.dispatch.intake;

import java.util.Optional;
import org.interpreterline.dispatch.requests.NewRequest;
import org.interpreterline.dispatch.requests.OpenedRequest;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A second interpreter for the officer's connected call (a relay: a K'iche' interpreter who interprets into Spanish,
 * while the Spanish interpreter interprets into English), asked for by text ({@code ALSO <language>}) or on the call
 * ({@code *}, then the language said). It is a request of its own, found the usual way, whose interpreter is put into
 * the call's conference instead of one of its own; it is over when the call is. One per call and language: asking
 * again says where it stands.
 */
@Component
class SecondInterpreter {

    static final String HOW = "Text ALSO and the language, such as ALSO K'iche'.";
    private static final Logger log = LoggerFactory.getLogger(SecondInterpreter.class);

    private final RequestDesk desk;
    private final RequestRecords records;
    private final LanguageCatalog catalog;

    SecondInterpreter(RequestDesk desk, RequestRecords records, LanguageCatalog catalog) {
        this.desk = desk;
        this.records = records;
        this.catalog = catalog;
    }

    /** How asking went. */
    sealed interface Asked {
        /** The officer has no request in progress. */
        record NoCall() implements Asked {
        }

        /** Their request has no interpreter on the call yet. */
        record NotConnected(RequestRecord call) implements Asked {
        }

        /** The call already has an interpreter of that language. */
        record SameLanguage(RequestRecord call) implements Asked {
        }

        /** Asked for before: where it stands. */
        record AskedBefore(RequestRecord call, RequestRecord relay) implements Asked {
        }

        /** Kafka did not take it. */
        record NotTaken() implements Asked {
        }

        record Opened(RequestRecord call, String reference) implements Asked {
        }
    }

    /** By text: {@code ALSO <language>} from the officer's phone. */
    String byText(SmsCommand.Also also, String from) {
        if (also.language() == null) {
            return also.asked().isBlank() ? "ALSO adds a second interpreter to your call. " + HOW
                    : "Sorry, we didn't recognise '" + also.asked() + "' as a language. " + HOW;
        }
        Language language = also.language();
        String name = language.englishName();
        return switch (ask(records.openFor(from), language, "sms")) {
            case Asked.NoCall none -> "ALSO adds a second interpreter to a call in progress, and you have none. Text a "
                    + "language to request an interpreter.";
            case Asked.NotConnected early -> "Request " + early.call().reference() + " is not connected yet. Once your "
                    + "interpreter is on the call, text ALSO " + name + " again.";
            case Asked.SameLanguage same -> "Your call " + same.call().reference() + " already has "
                    + Language.anInterpreterOf(name) + ".";
            case Asked.AskedBefore before -> "Request " + before.relay().reference() + ": "
                    + Language.anInterpreterOf(name) + " for your call " + before.call().reference() + " is "
                    + (before.relay().status().finished() ? "no longer being looked for." : "already being found.");
            case Asked.NotTaken failed -> "Sorry, we could not ask for a second interpreter just now. Please text ALSO "
                    + name + " again.";
            case Asked.Opened opened -> "Request " + opened.reference() + ": finding " + Language.anInterpreterOf(name)
                    + " to join your call " + opened.call().reference() + ". You will hear them join.";
        };
    }

    /** On the call: the officer stepped out with {@code *} and said a language; what they hear back in the call. */
    String byVoice(String requestId, String said) {
        Optional<Language> language = catalog.resolve(said);
        if (language.isEmpty()) {
            return "Sorry, I did not recognise a language. To try again, press star.";
        }
        String name = language.get().spokenName();
        return switch (ask(records.byId(requestId), language.get(), "voice")) {
            case Asked.NoCall none -> "Your call has no interpreter yet.";
            case Asked.NotConnected early -> "Your interpreter is not on the line yet. Please hold.";
            case Asked.SameLanguage same -> "Your call already has " + Language.anInterpreterOf(name) + ".";
            case Asked.AskedBefore before -> Language.anInterpreterOf(name) + " for this call is "
                    + (before.relay().status().finished() ? "no longer being looked for." : "already being found.");
            case Asked.NotTaken failed -> "Sorry, that did not reach the line. To try again, press star.";
            case Asked.Opened opened -> "Finding " + Language.anInterpreterOf(name) + " to join this call. You will "
                    + "hear them join.";
        };
    }

    private Asked ask(Optional<RequestRecord> request, Language language, String how) {
        if (request.isEmpty()) {
            return new Asked.NoCall();
        }
        RequestRecord call = request.get();
        if (call.status() != RequestStatus.CONNECTED) {
            return new Asked.NotConnected(call);
        }
        if (call.language().equals(language.tag())) {
            return new Asked.SameLanguage(call);
        }
        String relayId = RequestIds.relay(call.requestId(), language.tag());
        Optional<RequestRecord> asked = records.byId(relayId).filter(RequestRecord::opened);
        if (asked.isPresent()) {
            return new Asked.AskedBefore(call, asked.get());
        }
        OpenedRequest opened = desk.open(NewRequest.relay(call.requestId(), language, call.priority(), call.agency(),
                call.requesterName(), call.requesterPhone(), call.note(), call.flags(), call.roster()));
        log.info("Request {}: the officer asked ({}) for a second interpreter, {}: request {} ({})", call.reference(),
                how, language.tag(), opened.reference(), opened.delivery());
        return opened.delivery().failed() ? new Asked.NotTaken() : new Asked.Opened(call, opened.reference().code());
    }
}
