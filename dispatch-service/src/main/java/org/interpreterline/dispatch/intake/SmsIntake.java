package org.interpreterline.dispatch.intake;

import org.interpreterline.platform.text.CleanText;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import java.time.Duration;
import java.util.Optional;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.card.LanguageCardDesk;
import org.interpreterline.dispatch.presence.InterpreterPhones;
import org.interpreterline.dispatch.flags.ToughTexts;
import org.interpreterline.dispatch.presence.InterpreterTexts;
import org.interpreterline.dispatch.responders.ResponderDirectory;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Texts to the line: interpreters (ON, OFF, BREAK, STATUS), registered responders (a language, HELP, STATUS,
 * CANCEL), and everybody else (how to register). Always answers with one message. A text the line already acted on
 * (same MessageSid) is answered again without acting again; while the stores cannot be read (a restart) every text
 * gets the same "restarting" answer.
 */
@RestController
class SmsIntake {

    private static final Logger log = LoggerFactory.getLogger(SmsIntake.class);
    /** A text whose store read failed is tried again this soon, while no more than this has passed since it came. */
    static final Duration STORES_AGAIN_AFTER = Duration.ofMillis(250);
    static final Duration STORES_AGAIN_WITHIN = Duration.ofSeconds(5);

    private final InterpreterPhones interpreters;
    private final ResponderDirectory responders;
    private final SmsCommands commands;
    private final InterpreterTexts interpreterTexts;
    private final ResponderTexts responderTexts;
    private final TakenTexts taken;
    private final DirectoryOutage outage;
    private final DispatchProperties props;
    private final ResidentAddText residents;
    private final LanguageCardDesk cards;
    private final CardAnswers cardAnswers;
    private final ToughTexts toughCalls;
    private final SecondInterpreter secondInterpreter;
    private final LineRosters rosters;

    SmsIntake(InterpreterPhones interpreters, ResponderDirectory responders, SmsCommands commands,
            InterpreterTexts interpreterTexts, ResponderTexts responderTexts, TakenTexts taken,
            DirectoryOutage outage, DispatchProperties props, ResidentAddText residents, LanguageCardDesk cards,
            CardAnswers cardAnswers, ToughTexts toughCalls, SecondInterpreter secondInterpreter, LineRosters rosters) {
        this.secondInterpreter = secondInterpreter;
        this.rosters = rosters;
        this.residents = residents;
        this.toughCalls = toughCalls;
        this.interpreters = interpreters;
        this.responders = responders;
        this.commands = commands;
        this.interpreterTexts = interpreterTexts;
        this.responderTexts = responderTexts;
        this.taken = taken;
        this.outage = outage;
        this.props = props;
        this.cards = cards;
        this.cardAnswers = cardAnswers;
    }

    /** @param to the line number texted, which names the roster a request it opens is for */
    @PostMapping("/twilio/sms")
    ResponseEntity<String> text(@RequestParam(name = "MessageSid", required = false) String messageSid,
            @RequestParam(name = "From", required = false) String from,
            @RequestParam(name = "To", required = false) String to,
            @RequestParam(name = "Body", required = false) String body) {
        String roster = rosters.rosterReachedOn(to);
        String reply;
        long started = System.nanoTime();
        while (true) {
            try {
                // cleaned once here: a NUL echoed into the reply made the TwiML serializer throw
                reply = reply(messageSid == null ? "" : messageSid, from, CleanText.of(body, 1600), roster);
                outage.ready();
                break;
            } catch (StoreUnavailable e) {
                outage.notReady(e);
                if (readAgain(started)) {
                    continue;
                }
                log.info("Text {} from {}: the line is restarting", messageSid, PhoneMask.mask(from));
                reply = "The Interpreter Line is restarting. Please text again in a minute"
                        + props.fallback().map(n -> ", or call " + n + " for an interpreter now").orElse("") + ".";
                break;
            } catch (RuntimeException e) {
                log.error("Text {} from {} could not be handled", messageSid, PhoneMask.mask(from), e);
                reply = "Sorry, something went wrong on our side. Please call this number"
                        + props.fallback().map(n -> " or " + n).orElse("") + ".";
                break;
            }
        }
        return TwimlReplies.answer(new MessagingResponse.Builder().message(new Message.Builder(reply).build()).build());
    }

    /**
     * A store read can fail just after this instance took the request record over: in the chaos run a text forwarded
     * to a restarted instance met its stores 70 ms after Streams said RUNNING and was answered "restarting", and the
     * officer who did not text again was lost; in a later run a rebalance moved the record to a restarted instance
     * whose stores became readable 3.2 s after two texts were forwarded to it. A read that fails soon is tried again
     * for up to 5 s; one that failed only after waiting for Streams ({@code SteadyStoreView}) is not, and the
     * routing's wait for an owner (3 s), these 5 s and one more such wait (5 s) stay within Twilio's 15 s. A failed
     * read acted on nothing, and what a text does is keyed by its MessageSid, so trying it again cannot act twice.
     */
    private static boolean readAgain(long started) {
        if (System.nanoTime() - started + STORES_AGAIN_AFTER.toNanos() > STORES_AGAIN_WITHIN.toNanos()) {
            return false;
        }
        try {
            Thread.sleep(STORES_AGAIN_AFTER);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String reply(String messageSid, String from, String body, String roster) {
        Optional<String> again = taken.replyAgain(messageSid, from);
        if (again.isPresent()) {
            log.info("Text {} from {} was taken before: answered again, nothing done", messageSid,
                    PhoneMask.mask(from));
            return again.get();
        }
        Optional<InterpreterSnapshot> interpreter = interpreters.byPhone(from);
        if (interpreter.isPresent()) {
            SmsCommand command = commands.fromInterpreter(body);
            // someone both interpreter and responder: presence words are theirs as interpreter, the rest as responder
            if (!(command instanceof SmsCommand.Unrecognised) || responders.byPhone(from).isEmpty()) {
                log.info("Text {} from interpreter {}: {}", messageSid, interpreter.get().interpreterId(),
                        command.getClass().getSimpleName());
                return asInterpreter(interpreter.get(), command, messageSid);
            }
        }
        Optional<Responder> responder = responders.byPhone(from);
        if (responder.isEmpty()) {
            log.info("Text {} from unregistered {}", messageSid, PhoneMask.mask(from));
            return notRegistered();
        }
        SmsCommand command = commands.fromResponder(body);
        log.info("Text {} from responder {} ({}): {}", messageSid, responder.get().responderId(),
                PhoneMask.mask(from), command.getClass().getSimpleName());
        return switch (command) {
            case SmsCommand.LanguageRequest request -> responderTexts.request(responder.get(), request, messageSid,
                    from, roster);
            case SmsCommand.Help help -> responderTexts.help();
            case SmsCommand.Cancel cancel -> responderTexts.cancel(from, messageSid);
            case SmsCommand.Again sameAgain -> responderTexts.sameInterpreter(responder.get(), sameAgain, messageSid,
                    from, roster);
            case SmsCommand.Status status -> responderTexts.status(from);
            case SmsCommand.AddResident add -> residents.add(add.number(), messageSid, from);
            case SmsCommand.Also also -> secondInterpreter.byText(also, from);
            case SmsCommand.Card card -> cards.issue(from);
            case SmsCommand.Yes yes -> cardAnswers.yes(responder.get(), messageSid, from, roster);
            case SmsCommand.Presence presence -> responderTexts.unrecognised(body.strip());
            case SmsCommand.Tough tough -> responderTexts.unrecognised(body.strip());
            case SmsCommand.Unrecognised unrecognised -> responderTexts.unrecognised(unrecognised.text());
        };
    }

    private String asInterpreter(InterpreterSnapshot interpreter, SmsCommand command, String messageSid) {
        return switch (command) {
            case SmsCommand.Presence presence -> interpreterTexts.change(interpreter, presence.change(), messageSid);
            case SmsCommand.Status status -> interpreterTexts.status(interpreter);
            case SmsCommand.Help help -> interpreterTexts.help();
            case SmsCommand.Unrecognised unrecognised -> interpreterTexts.help();
            case SmsCommand.Cancel cancel -> interpreterTexts.help();
            case SmsCommand.LanguageRequest request -> interpreterTexts.help();
            case SmsCommand.Again again -> interpreterTexts.help();
            case SmsCommand.AddResident add -> interpreterTexts.help();
            case SmsCommand.Also also -> interpreterTexts.help();
            case SmsCommand.Card card -> interpreterTexts.help();
            case SmsCommand.Yes yes -> interpreterTexts.help();
            case SmsCommand.Tough tough -> toughCalls.reported(interpreter, messageSid);
        };
    }

    private String notRegistered() {
        return "This number is not registered with the Interpreter Line. Please ask your agency to register it."
                + (props.asksForPin() ? " You can also call this number and enter your agency PIN." : "")
                + props.fallback().map(n -> " For an interpreter now, call " + n + ".").orElse("");
    }
}
