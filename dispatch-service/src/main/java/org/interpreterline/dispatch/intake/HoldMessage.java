package org.interpreterline.dispatch.intake;

import java.util.Optional;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.requests.PlaceInLine;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.dispatch.requests.RequestTimeline;
import org.interpreterline.dispatch.requests.SameInterpreter;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a caller holding for an interpreter hears, read from their request's record each time Twilio plays the
 * wait URL: that we are calling an interpreter, or that all are busy and their place in line, or that nobody is
 * free and there is no backup service so we keep trying, or, when Twilio keeps failing so that the line can ring
 * nobody (not even transfer them), to hang up and call the backup service themselves. Never silence, never a stale
 * promise.
 */
@Component
public class HoldMessage {

    private static final String ACCEPTED_AGAIN = "Your interpreter from last time has accepted. Connecting you now.";

    static final String CONNECTING = "Please hold, we are connecting your interpreter.";

    private static final Logger log = LoggerFactory.getLogger(HoldMessage.class);

    private final RequestRecords records;
    private final PlaceInLine placeInLine;
    private final LanguageCatalog catalog;
    private final Optional<String> fallback;

    public HoldMessage(RequestRecords records, PlaceInLine placeInLine, LanguageCatalog catalog,
            DispatchProperties props) {
        this.records = records;
        this.placeInLine = placeInLine;
        this.catalog = catalog;
        this.fallback = props.fallback();
    }

    public String forRequest(String requestId) {
        Optional<RequestRecord> request;
        try {
            request = records.byId(requestId).filter(RequestRecord::opened);
        } catch (StoreUnavailable e) {
            return CONNECTING; // restarting: the general words are still true
        }
        return request.map(this::words).orElse(CONNECTING);
    }

    private String words(RequestRecord request) {
        String language = catalog.byTag(request.language()).map(Language::spokenName).orElse(request.language());
        boolean noBackup = request.status().awaitingInterpreter() && request.timeline().stream()
                .anyMatch(e -> "RequestEscalated".equals(e.event()));
        if (RequestTimeline.escalatedForTwilio(request)
                && (request.status() == RequestStatus.ESCALATED || noBackup)) {
            return cannotRing(fallback);
        }
        Optional<String> sameInterpreter = noBackup ? Optional.empty() : sameInterpreter(request, language);
        String words = sameInterpreter.orElseGet(() -> switch (request.status()) {
            case QUEUED -> {
                int place = placeInLine.of(request);
                yield (noBackup ? noBackup(language) : "All " + language + " interpreters are busy. ")
                        + "You are number " + place + " in line. Please stay on the line; we will connect you as soon "
                        + "as one is free.";
            }
            case OPENED -> noBackup ? noBackup(language) + "Please stay on the line."
                    : "Please hold, we are finding " + Language.anInterpreterOf(language) + " for you.";
            case OFFERED -> (noBackup ? noBackup(language) : "")
                    + "Please hold, we are calling " + Language.anInterpreterOf(language) + " for you now.";
            case ASSIGNED -> "Your interpreter has accepted. Connecting you now.";
            case CONNECTED, ESCALATED, CANCELLED, ENDED -> CONNECTING;
        });
        log.debug("Request {} on hold ({}): {}", request.reference(), request.status(), words);
        return words;
    }

    /**
     * For a request for the interpreter from the caller's last call, while it stands as nothing else explains: that
     * we are calling them, that they accepted, or that they are not available and another interpreter is found.
     */
    private Optional<String> sameInterpreter(RequestRecord request, String language) {
        if (request.sameInterpreter() == null) {
            return Optional.empty();
        }
        return switch (request.status()) {
            case OPENED, OFFERED -> Optional.of(switch (request.sameInterpreter()) {
                case ASKED -> "Please hold, we are calling your interpreter from last time.";
                case ACCEPTED -> ACCEPTED_AGAIN;
                case ANYONE -> "Your interpreter from last time is not available. Please hold, we are calling "
                        + "another " + language + " interpreter for you now.";
            });
            case ASSIGNED -> request.sameInterpreter() == SameInterpreter.ACCEPTED
                    ? Optional.of(ACCEPTED_AGAIN)
                    : Optional.empty();
            case QUEUED -> request.sameInterpreter() == SameInterpreter.ANYONE ? Optional.of("Your interpreter from "
                    + "last time is not available, and all other " + language + " interpreters are busy. You are "
                    + "number " + placeInLine.of(request) + " in line. Please stay on the line; we will connect you "
                    + "as soon as one is free.") : Optional.empty();
            case CONNECTED, ESCALATED, CANCELLED, ENDED -> Optional.empty();
        };
    }

    /** The line cannot ring anyone: the transfer may not get through, so the caller is given the number. */
    static String cannotRing(Optional<String> fallback) {
        return "We are sorry. The line cannot reach its interpreters right now. " + fallback
                .map(n -> "Please hang up and call our backup interpreter service at " + spoken(n) + ". Again, "
                        + spoken(n) + ".")
                .orElse("We keep trying. If you can, ask your dispatcher for another interpreter service.");
    }

    /** A number read digit by digit ("4 1 2, 5 5 5, ..."), as a caller writes it down. */
    static String spoken(String number) {
        String digits = number.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        StringBuilder said = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            said.append(digits.charAt(i));
            if (i < digits.length() - 1) {
                said.append(digits.length() == 10 && (i == 2 || i == 5) ? ", " : " ");
            }
        }
        return said.toString();
    }

    /** Escalated, but the line has no fallback provider: the request stays in line, and the caller is told so. */
    private static String noBackup(String language) {
        return "No " + language + " interpreter is free yet, and no backup interpreter service is available, so we "
                + "are still trying. ";
    }
}
