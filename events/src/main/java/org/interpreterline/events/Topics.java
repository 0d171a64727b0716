package org.interpreterline.events;

import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.interpreterline.events.audit.AuditEvent;
import org.interpreterline.events.calls.CallFact;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.LanguageCard;
import org.interpreterline.events.dispatch.PinAttempt;
import org.interpreterline.events.dispatch.ResponderCommand;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.events.dispatch.ResidentKey;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.events.roster.RosterCommand;
import org.interpreterline.events.roster.RosterEvent;

/**
 * Every topic of the line, each with its key and value serdes. Event topics are keyed by rosterId so that
 * everything about one roster is read in the order it happened; tables are keyed by their entity.
 */
public final class Topics {

    /** Written by dispatch-service. */
    public static final Topic<String, DispatchEvent> DISPATCH_EVENTS =
            new Topic<>("dispatch.events", Serdes.String(), new JsonSerde<>(DispatchEvent.class), false);

    /** Written and read by dispatch-service only: agency PINs entered, to count wrong ones per calling number. */
    public static final Topic<String, PinAttempt> DISPATCH_PIN_ATTEMPTS =
            new Topic<>("dispatch.pin-attempts", Serdes.String(), new JsonSerde<>(PinAttempt.class), false);

    /**
     * Written by dispatch-service's admin API, read only by the processor that writes dispatch.responders; key =
     * {@link ResponderCommand#KEY}.
     */
    public static final Topic<String, ResponderCommand> DISPATCH_RESPONDER_COMMANDS =
            new Topic<>("dispatch.responder-commands", Serdes.String(), new JsonSerde<>(ResponderCommand.class), false);

    /** Written by dispatch-service (its responder book, from the commands); key = responder phone (E.164). */
    public static final Topic<String, Responder> DISPATCH_RESPONDERS =
            new Topic<>("dispatch.responders", Serdes.String(), new JsonSerde<>(Responder.class), true);

    /**
     * Written by dispatch-service: the keys that open added residents' sealed numbers, key = {@link ResidentKey#idOf};
     * a tombstone once the request ended destroys the key (crypto-shredding). Compacted, and cleaned often.
     */
    public static final Topic<String, ResidentKey> DISPATCH_RESIDENT_KEYS =
            new Topic<>("dispatch.resident-keys", Serdes.String(), new JsonSerde<>(ResidentKey.class), true);

    /**
     * Written and read by dispatch-service only: the officers' language cards; key = the card's
     * token, read into a global store on every instance so any of them serves the page and takes the tap.
     */
    public static final Topic<String, LanguageCard> DISPATCH_LANGUAGE_CARDS =
            new Topic<>("dispatch.language-cards", Serdes.String(), new JsonSerde<>(LanguageCard.class), true);

    /** Written by interpreter-roster. */
    public static final Topic<String, RosterEvent> ROSTER_EVENTS =
            new Topic<>("roster.events", Serdes.String(), new JsonSerde<>(RosterEvent.class), false);

    /** Written by interpreter-roster; key = interpreterId. */
    public static final Topic<String, InterpreterSnapshot> ROSTER_INTERPRETERS =
            new Topic<>("roster.interpreters", Serdes.String(), new JsonSerde<>(InterpreterSnapshot.class), true);

    /** Written by interpreter-roster's admin API, read only by its allocator. */
    public static final Topic<String, RosterCommand> ROSTER_COMMANDS =
            new Topic<>("roster.commands", Serdes.String(), new JsonSerde<>(RosterCommand.class), false);

    /** Written by notification-service. */
    public static final Topic<String, NotificationEvent> NOTIFICATION_EVENTS =
            new Topic<>("notification.events", Serdes.String(), new JsonSerde<>(NotificationEvent.class), false);

    /**
     * Written and read by notification-service only: what its webhooks and Twilio requests learned, for its call
     * desk to turn into notification.events.
     */
    public static final Topic<String, CallFact> NOTIFICATION_CALLS =
            new Topic<>("notification.calls", Serdes.String(), new JsonSerde<>(CallFact.class), false);

    /**
     * Written by every service's admin API, read by auditors' tools only: who read the history, the board, an export
     * or a report, and who changed what; key = the service's name.
     */
    public static final Topic<String, AuditEvent> LINE_AUDIT =
            new Topic<>("line.audit", Serdes.String(), new JsonSerde<>(AuditEvent.class), false);

    private Topics() {
    }

    public static List<Topic<?, ?>> all() {
        return List.of(DISPATCH_EVENTS, DISPATCH_PIN_ATTEMPTS, DISPATCH_RESPONDER_COMMANDS, DISPATCH_RESPONDERS,
                DISPATCH_RESIDENT_KEYS, DISPATCH_LANGUAGE_CARDS, ROSTER_EVENTS, ROSTER_INTERPRETERS, ROSTER_COMMANDS,
                NOTIFICATION_EVENTS, NOTIFICATION_CALLS, LINE_AUDIT);
    }

    /** The topic called {@code name}, for tools that get a name from the outside. */
    public static Topic<?, ?> named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No topic called " + name));
    }

    /** Raw bytes, for dead-letter topics whose records are by definition unreadable. */
    public static Serde<byte[]> bytes() {
        return Serdes.ByteArray();
    }
}
