package org.interpreterline.dispatch.responders;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.dispatch.ReadYourWrites;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.events.dispatch.PutResponder;
import org.interpreterline.events.dispatch.RemoveResponder;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.events.dispatch.ResponderCommand;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.platform.phone.E164;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.text.CleanText;
import org.interpreterline.platform.web.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Registers, changes and removes responders with commands on {@code dispatch.responder-commands}, which the
 * {@link ResponderBook} applies one after the other (refusing a phone another responder holds), answering once the
 * directory every instance reads shows the outcome: the write, or the phone's other holder (409).
 */
@Component
public class ResponderRegistrations {

    private static final Logger log = LoggerFactory.getLogger(ResponderRegistrations.class);

    private final TopicPublisher<String, ResponderCommand> commands;
    private final ResponderDirectory directory;
    private final DispatchProperties props;
    private final LineRosters rosters;
    private final Clock clock = Clock.systemUTC();

    public ResponderRegistrations(TopicPublisher<String, ResponderCommand> responderCommands,
            ResponderDirectory directory, DispatchProperties props, LineRosters rosters) {
        this.commands = responderCommands;
        this.directory = directory;
        this.props = props;
        this.rosters = rosters;
    }

    public Responder register(ResponderForm form) {
        String phone = phone(form);
        refuseTaken(phone, null);
        Responder responder = new Responder(UUID.randomUUID().toString(), required("name", form.name()), phone,
                required("agency", form.agency()), blankToNull(CleanText.of(form.badge(), 40)),
                roster(form, rosters.home()));
        send(put(responder));
        ReadYourWrites.applied(() -> directory.byPhone(phone).isPresent(), props.adminWriteTimeout());
        refuseTaken(phone, responder.responderId());
        log.info("Responder {} registered ({}, {})", responder.responderId(), responder.agency(),
                PhoneMask.mask(phone));
        return responder;
    }

    public Responder change(String responderId, ResponderForm form) {
        String phone = phone(form);
        Responder existing = existing(responderId);
        refuseTaken(phone, responderId);
        Responder changed = new Responder(responderId, required("name", form.name()), phone,
                required("agency", form.agency()), blankToNull(CleanText.of(form.badge(), 40)),
                roster(form, existing.rosterOr(rosters.home())));
        send(put(changed));
        ReadYourWrites.applied(() -> settled(changed, existing.phone()), props.adminWriteTimeout());
        refuseTaken(phone, responderId);
        log.info("Responder {} changed ({}, {})", responderId, changed.agency(), PhoneMask.mask(phone));
        return changed;
    }

    public void remove(String responderId) {
        Responder existing = existing(responderId);
        send(new RemoveResponder(UUID.randomUUID(), clock.instant(), props.rosterId(), responderId));
        ReadYourWrites.applied(() -> directory.byPhone(existing.phone())
                .filter(r -> r.responderId().equals(responderId)).isEmpty(), props.adminWriteTimeout());
        log.info("Responder {} removed ({})", responderId, PhoneMask.mask(existing.phone()));
    }

    /**
     * The directory shows how a change ended: its phone held by someone else (the book refused it), or the change
     * itself with the responder's old phone freed.
     */
    private boolean settled(Responder changed, String oldPhone) {
        Optional<Responder> holder = directory.byPhone(changed.phone());
        if (holder.isEmpty()) {
            return false;
        }
        if (!holder.get().responderId().equals(changed.responderId())) {
            return true;
        }
        return holder.get().equals(changed) && (oldPhone.equals(changed.phone()) || directory.byPhone(oldPhone)
                .filter(r -> r.responderId().equals(changed.responderId())).isEmpty());
    }

    private PutResponder put(Responder r) {
        return new PutResponder(UUID.randomUUID(), clock.instant(), props.rosterId(), r.responderId(), r.name(),
                r.phone(), r.agency(), r.badge(), r.roster());
    }

    /** The roster the form names, one the line serves; {@code unset} when it names none. */
    private String roster(ResponderForm form, String unset) {
        return Optional.ofNullable(rosters.named("roster", form.roster())).orElse(unset);
    }

    private Responder existing(String responderId) {
        return directory.byId(responderId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no responder " + responderId));
    }

    /** 409 when another responder than {@code exceptId} holds the phone in the directory. */
    private void refuseTaken(String phone, String exceptId) {
        Optional<Responder> holder = directory.byPhone(phone);
        if (holder.isPresent() && !holder.get().responderId().equals(exceptId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "phone " + phone + " is already registered to responder " + holder.get().responderId());
        }
    }

    /** One key, one partition: the book applies every command in the order the broker took them. */
    private void send(ResponderCommand command) {
        ReadYourWrites.acknowledged(commands.publish(ResponderCommand.KEY, command), props.adminWriteTimeout());
    }

    private static String phone(ResponderForm form) {
        return E164.normalise(form.phone()).orElseThrow(() -> new InvalidField("phone", E164.EXPECTED));
    }

    /** Cleaned where it enters the line; nothing left but control characters is no name at all. */
    private static String required(String field, String raw) {
        String cleaned = CleanText.of(raw, 120);
        if (cleaned.isEmpty()) {
            throw new InvalidField(field, "must not be blank");
        }
        return cleaned;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
