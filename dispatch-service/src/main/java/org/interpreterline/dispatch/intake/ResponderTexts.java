package org.interpreterline.dispatch.intake;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.ReadYourWrites;
import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.dispatch.requests.NewRequest;
import org.interpreterline.dispatch.requests.OpenedRequest;
import org.interpreterline.dispatch.requests.PlaceInLine;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.dispatch.requests.SameInterpreter;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The replies to registered responders' texts (docs/architecture.md, An SMS request): a language opens a request and the
 * officer is called back once an interpreter accepted; HELP, STATUS and CANCEL; and a useful answer to
 * anything else. Replies stay short: one SMS segment where possible.
 */
@Component
public class ResponderTexts {

    private static final int QUOTE_MAX = 30;
    /** Longer than the record's usual lag behind Kafka (milliseconds) and a takeover's (seconds). */
    static final Duration RECORD_CATCH_UP = Duration.ofSeconds(5);

    private final RequestDesk desk;
    private final RequestRecords records;
    private final PlaceInLine placeInLine;
    private final LanguageCatalog catalog;
    private final DispatchProperties props;
    private final List<String> menuNames;

    public ResponderTexts(RequestDesk desk, RequestRecords records, PlaceInLine placeInLine, LanguageMenu menu,
            LanguageCatalog catalog, DispatchProperties props) {
        this.desk = desk;
        this.records = records;
        this.placeInLine = placeInLine;
        this.catalog = catalog;
        this.props = props;
        this.menuNames = menu.languagesByDigit().values().stream().map(Language::englishName).toList();
    }

    /** @param roster the roster whose number was texted: the request is for it */
    public String request(Responder responder, SmsCommand.LanguageRequest text, String messageSid, String from,
            String roster) {
        String requestId = RequestIds.sms(messageSid);
        Optional<String> busy = alreadyInProgress(from, requestId);
        if (busy.isPresent()) {
            return busy.get();
        }
        Priority priority = text.emergency() ? Priority.EMERGENCY : props.smsPriority();
        NewRequest request = new NewRequest(requestId, text.language(), Channel.SMS, priority, responder.agency(),
                responder.name(), from, null, text.note(), null, text.flags(), roster);
        if (text.via() != null) {
            return relayFromTheStart(request, text.via());
        }
        OpenedRequest opened = desk.open(request);
        return notTaken(opened).orElseGet(() -> acknowledgement(opened.reference().code(),
                text.language().englishName()));
    }

    /**
     * "K'iche' via Spanish": a request for an interpreter who interprets K'iche' into Spanish (a language pair), and
     * its relay, a Spanish interpreter, on the same call; both are looked for at once.
     */
    private String relayFromTheStart(NewRequest request, Language via) {
        OpenedRequest opened = desk.open(request.into(via));
        Optional<String> failed = notTaken(opened);
        if (failed.isPresent()) {
            return failed.get();
        }
        OpenedRequest relay = desk.open(NewRequest.relay(request.requestId(), via, request.priority(),
                request.agency(), request.requesterName(), request.requesterPhone(), request.note(), request.flags(),
                request.roster()));
        String first = Language.anInterpreterOf(request.language().englishName()) + " who interprets into "
                + via.englishName();
        return "Request " + opened.reference().code() + ": finding " + first + (relay.delivery().failed()
                ? ". Sorry, we could not ask for " + Language.anInterpreterOf(via.englishName()) + " yet: text ALSO "
                + via.englishName() + " once you are connected."
                : ", and " + Language.anInterpreterOf(via.englishName()) + " for the same call.")
                + " We will call you back at this number. Text CANCEL to cancel.";
    }

    /**
     * AGAIN: a request in the language of the officer's earlier connected request, offered first to the interpreter
     * who took it; only their own request, and only one an interpreter joined.
     */
    public String sameInterpreter(Responder responder, SmsCommand.Again text, String messageSid, String from,
            String roster) {
        String requestId = RequestIds.sms(messageSid);
        Optional<String> busy = alreadyInProgress(from, requestId);
        if (busy.isPresent()) {
            return busy.get();
        }
        Optional<RequestRecord> earlier = records.lastConnected(from, text.reference());
        Optional<Language> language = earlier.flatMap(r -> catalog.byTag(r.language()));
        if (earlier.isEmpty() || language.isEmpty()) {
            return (text.reference() == null ? "We found no earlier call of yours with an interpreter."
                    : "We found no call of yours with an interpreter under request " + text.reference() + ".")
                    + " Text AGAIN for your last one, or a language such as Spanish for any interpreter.";
        }
        RequestRecord last = earlier.get();
        OpenedRequest opened = desk.open(new NewRequest(requestId, language.get(), Channel.SMS, props.smsPriority(),
                responder.agency(), responder.name(), from, null, null, last.interpreterId(), roster));
        return notTaken(opened).orElseGet(() -> "Request " + opened.reference().code() + ": asking your interpreter "
                + "from request " + last.reference() + " (" + language.get().englishName() + ") first. We will call you "
                + "back at this number. Text CANCEL to cancel.");
    }

    /** The answer when Kafka did not take a new request, if it did not. */
    private Optional<String> notTaken(OpenedRequest opened) {
        return opened.delivery().failed() ? Optional.of("Sorry, we could not take your request just now. Please call "
                + "this number" + props.fallback().map(n -> " or " + n).orElse("") + ".") : Optional.empty();
    }

    /** The answer to a new request while the sender has one in progress, if they have. */
    private Optional<String> alreadyInProgress(String from, String requestId) {
        Optional<RequestRecord> inProgress = records.openFor(from);
        if (inProgress.isEmpty()) {
            return Optional.empty();
        }
        RequestRecord open = inProgress.get();
        if (open.requestId().equals(requestId)) {
            // Twilio retried
            return Optional.of(acknowledgement(open.reference(), catalog.englishName(open.language())));
        }
        // one open request per officer guards against a text sent twice; a second language on the same connected call
        // is ALSO (SecondInterpreter), which the refusal points to
        return Optional.of(busyWith(open));
    }

    /** The refusal of a second request while {@code open} is: what to do instead. */
    private String busyWith(RequestRecord open) {
        String language = catalog.englishName(open.language());
        if (open.status() == RequestStatus.CONNECTED) {
            return "You are on request " + open.reference() + " with " + Language.anInterpreterOf(language)
                    + ". To add a second interpreter to this call, text ALSO and the language. For a new request "
                    + "instead, text CANCEL first.";
        }
        return "You already have request " + open.reference() + " for " + language
                + " open. Text CANCEL to end it, then the language you need now; or "
                + "STATUS for news.";
    }

    /**
     * YES to the language a person chose on the officer's language card: a request for it, like a texted language;
     * {@code opened} is told the request's id once Kafka took it (not when the officer already has one open).
     */
    public String fromLanguageCard(Responder responder, Language language, String messageSid, String from,
            String roster, java.util.function.Consumer<String> opened) {
        String requestId = RequestIds.sms(messageSid);
        Optional<String> busy = alreadyInProgress(from, requestId);
        if (busy.isPresent()) {
            return busy.get();
        }
        OpenedRequest request = desk.open(new NewRequest(requestId, language, Channel.SMS, props.smsPriority(),
                responder.agency(), responder.name(), from, null, null, null, roster));
        Optional<String> failed = notTaken(request);
        if (failed.isPresent()) {
            return failed.get();
        }
        opened.accept(requestId);
        return acknowledgement(request.reference().code(), language.englishName());
    }

    public String cancel(String from, String messageSid) {
        Optional<RequestRecord> inProgress = records.openFor(from);
        if (inProgress.isEmpty()) {
            Optional<String> answer = cancelWhenRecorded(from, messageSid);
            if (answer.isPresent()) {
                return answer.get();
            }
            inProgress = records.openFor(from);
            if (inProgress.isEmpty()) {
                // the record cancelled it between the two looks
                return "Your request is cancelled. Text a language any time to request an interpreter.";
            }
        }
        RequestRecord open = inProgress.get();
        if (desk.cancel(open.requestId(), RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL, "sms:" + messageSid)
                == Delivery.FAILED) {
            return "Sorry, we could not cancel request " + open.reference() + " just now. Please text CANCEL again.";
        }
        return cancelled(open.reference());
    }

    /**
     * A CANCEL the record does not place: a request opened a moment ago may not be in it yet (it is written from
     * Kafka, maybe by the other instance, and after a broker's loss it lagged 24 s in the chaos run, which lost
     * cancellations this way). The CANCEL goes to the record itself, which cancels the request this phone opened
     * before it whenever it reads that; meanwhile this waits a little for the record to show the request (then it
     * is cancelled here, with its reference) or to have read the CANCEL and found none.
     *
     * @return the answer, unless the record now shows the request
     */
    private Optional<String> cancelWhenRecorded(String from, String messageSid) {
        if (!desk.cancelWhenRecorded(from, messageSid)) {
            return Optional.of("Sorry, we could not cancel just now. Please text CANCEL again.");
        }
        try {
            ReadYourWrites.applied(() -> records.openFor(from).isPresent()
                    || records.cancelWaiting(from, messageSid), RECORD_CATCH_UP);
        } catch (ResponseStatusException stillBehind) {
            return Optional.of("Cancelling your request. If you had none in progress, nothing changes.");
        }
        return records.openFor(from).isPresent() ? Optional.empty()
                : Optional.of("You have no request in progress to cancel.");
    }

    /** What a CANCEL that cancelled request {@code reference} is answered. */
    public String cancelled(String reference) {
        return "Request " + reference + " cancelled. Text a language any time to request an interpreter.";
    }

    /**
     * The reply to the text that opened {@code request}, when it comes again: the same acknowledgement while the
     * request waits (Twilio retried), where it stands once it is over (someone sent an old text again).
     */
    public String again(RequestRecord request) {
        return request.status().finished() ? describe(request)
                : acknowledgement(request.reference(), catalog.englishName(request.language()));
    }

    public String status(String from) {
        return records.openFor(from).map(this::describe).orElse(
                "You have no request in progress. Text a language, such as Spanish, to request an interpreter.");
    }

    public String help() {
        return "Interpreter Line: text a language (" + String.join(", ", menuNames)
                + " or any other) and we'll call you back with an interpreter. Add EMERGENCY if it is one. "
                + "AGAIN: the interpreter from your last call. CARD: a language card to show the person. "
                + "ALSO and a language: a second interpreter on your call. STATUS: your request. CANCEL: cancel it.";
    }

    public String unrecognised(String text) {
        String quoted = text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX) + "...";
        List<String> examples = menuNames.stream().filter(n -> !n.contains("(")).limit(3).toList();
        return "Sorry, we didn't recognise '" + quoted + "'. Text a language such as " + orList(examples)
                + ", or HELP.";
    }

    private String describe(RequestRecord request) {
        String head = "Request " + request.reference() + " (" + catalog.englishName(request.language()) + "): ";
        return head + switch (request.status()) {
            case OPENED -> "looking for an interpreter.";
            case OFFERED -> request.sameInterpreter() == SameInterpreter.ASKED
                    ? "calling your interpreter from last time now."
                    : "calling an interpreter now" + (request.offers().size() > 1
                    ? " (" + request.offers().size() + " tried so far)." : ".");
            case QUEUED -> "all interpreters for this language are busy; you are number " + placeInLine.of(request)
                    + " in line.";
            case ASSIGNED -> (request.interpreterName() == null ? "an interpreter" : request.interpreterName())
                    + " accepted; connecting you now.";
            case CONNECTED -> "connected" + (request.interpreterName() == null ? "."
                    : " to " + request.interpreterName() + ".");
            case ESCALATED -> "handed to our partner interpreter service.";
            case CANCELLED -> "cancelled.";
            case ENDED -> "ended.";
        };
    }

    private static String acknowledgement(String reference, String languageName) {
        return "Request " + reference + ": finding " + Language.anInterpreterOf(languageName)
                + ". We will call you back at this number. Text CANCEL to cancel.";
    }

    private static String orList(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "Spanish" : names.getFirst();
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.getLast();
    }
}
