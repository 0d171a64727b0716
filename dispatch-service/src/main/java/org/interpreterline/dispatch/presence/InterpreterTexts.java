package org.interpreterline.dispatch.presence;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.dispatch.publishing.DispatchPublisher;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Interpreters text ON, OFF or BREAK to the line; the roster owns presence, so this publishes
 * {@code PresenceRequested} and answers with what it will mean. STATUS answers from the roster's snapshot.
 */
@Component
public class InterpreterTexts {

    static final String HELP = "Interpreter Line: text ON to take calls, OFF to stop, BREAK for a pause, "
            + "STATUS to check.";

    private static final Logger log = LoggerFactory.getLogger(InterpreterTexts.class);

    private final DispatchPublisher publisher;
    private final LanguageCatalog catalog;
    private final String rosterId;
    private final Clock clock = Clock.systemUTC();

    public InterpreterTexts(DispatchPublisher publisher, LanguageCatalog catalog, DispatchProperties props) {
        this.publisher = publisher;
        this.catalog = catalog;
        this.rosterId = props.rosterId();
    }

    public String change(InterpreterSnapshot interpreter, PresenceText.Change change, String messageSid) {
        PresenceRequested requested = new PresenceRequested(RequestIds.presence(messageSid),
                clock.instant(), rosterId, interpreter.interpreterId(), change.requested());
        Delivery delivery = publisher.publish(requested);
        log.info("Interpreter {} ({}) texted {} ({})", interpreter.interpreterId(), PhoneMask.mask(interpreter.phone()),
                change, delivery);
        if (delivery.failed()) {
            return "Sorry, the line could not record that just now. Please text " + change + " again in a minute.";
        }
        return confirmation(interpreter, change);
    }

    /** What the line answers a presence text it took (the same words when that text comes again). */
    public String confirmation(InterpreterSnapshot interpreter, PresenceText.Change change) {
        return switch (change) {
            case ON -> "You are ON" + (interpreter.languages().isEmpty() ? "." : ": we'll call you for "
                    + languages(interpreter.languages()) + ".");
            case OFF -> "You are OFF: we won't call you until you text ON.";
            case BREAK -> "You are on BREAK: we won't call you until you text ON.";
        };
    }

    public String status(InterpreterSnapshot interpreter) {
        String languages = interpreter.languages().isEmpty() ? "" : " Languages: "
                + languages(interpreter.languages()) + ".";
        String status = switch (interpreter.status()) {
            case AVAILABLE -> "You are ON and available.";
            case OFFERED -> "You are ON: we are offering you a call right now.";
            case ON_CALL -> "You are on a call.";
            case WRAP_UP -> "You are wrapping up your last call; you will be available again shortly.";
            case BREAK -> "You are on BREAK. Text ON when you are back.";
            case PAUSED -> "You are PAUSED after missed calls. Text ON to take calls again.";
            case OFFLINE -> "You are OFF. Text ON to take calls.";
        };
        return status + languages;
    }

    public String help() {
        return HELP;
    }

    private String languages(List<String> tags) {
        return tags.stream().map(catalog::englishName).collect(Collectors.joining(", "));
    }
}
