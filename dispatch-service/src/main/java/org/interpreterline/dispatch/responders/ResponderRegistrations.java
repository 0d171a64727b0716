package org.interpreterline.dispatch.responders;

import org.interpreterline.platform.phone.E164;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.interpreterline.dispatch.AdminWrites;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.platform.logging.PhoneMask;
import org.interpreterline.platform.web.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Registers, changes and removes responders by writing {@code dispatch.responders} (key = phone, null =
 * removed) and answering once the global table shows the change.
 */
@Component
public class ResponderRegistrations {

    private static final Logger log = LoggerFactory.getLogger(ResponderRegistrations.class);

    private final TopicPublisher<String, Responder> topic;
    private final ResponderDirectory directory;
    private final DispatchProperties props;
    // one admin write at a time on this instance, so two registrations of one phone cannot both pass the check
    private final ReentrantLock writes = new ReentrantLock();

    public ResponderRegistrations(TopicPublisher<String, Responder> respondersTopic, ResponderDirectory directory,
            DispatchProperties props) {
        this.topic = respondersTopic;
        this.directory = directory;
        this.props = props;
    }

    public Responder register(ResponderForm form) {
        String phone = phone(form);
        writes.lock();
        try {
            directory.byPhone(phone).ifPresent(existing -> {
                throw taken(phone, existing);
            });
            Responder responder = new Responder(UUID.randomUUID().toString(), form.name().strip(), phone,
                    form.agency().strip(), blankToNull(form.badge()));
            write(phone, responder);
            AdminWrites.applied(() -> directory.byPhone(phone).filter(responder::equals).isPresent(),
                    props.adminWriteTimeout());
            log.info("Responder {} registered ({}, {})", responder.responderId(), responder.agency(),
                    PhoneMask.mask(phone));
            return responder;
        } finally {
            writes.unlock();
        }
    }

    public Responder change(String responderId, ResponderForm form) {
        String phone = phone(form);
        writes.lock();
        try {
            Responder existing = existing(responderId);
            Optional<Responder> holder = directory.byPhone(phone);
            if (holder.isPresent() && !holder.get().responderId().equals(responderId)) {
                throw taken(phone, holder.get());
            }
            Responder changed = new Responder(responderId, form.name().strip(), phone, form.agency().strip(),
                    blankToNull(form.badge()));
            write(phone, changed);
            boolean moved = !existing.phone().equals(phone);
            if (moved) {
                write(existing.phone(), null);
            }
            AdminWrites.applied(() -> directory.byPhone(phone).filter(changed::equals).isPresent()
                    && (!moved || directory.byPhone(existing.phone()).isEmpty()), props.adminWriteTimeout());
            log.info("Responder {} changed ({}, {})", responderId, changed.agency(), PhoneMask.mask(phone));
            return changed;
        } finally {
            writes.unlock();
        }
    }

    public void remove(String responderId) {
        writes.lock();
        try {
            Responder existing = existing(responderId);
            write(existing.phone(), null);
            AdminWrites.applied(() -> directory.byPhone(existing.phone()).isEmpty(), props.adminWriteTimeout());
            log.info("Responder {} removed ({})", responderId, PhoneMask.mask(existing.phone()));
        } finally {
            writes.unlock();
        }
    }

    private Responder existing(String responderId) {
        return directory.byId(responderId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no responder " + responderId));
    }

    private void write(String phone, Responder value) {
        AdminWrites.acknowledged(topic.publish(phone, value),
                props.adminWriteTimeout());
    }

    private static String phone(ResponderForm form) {
        return E164.normalise(form.phone()).orElseThrow(() -> new InvalidField("phone", E164.EXPECTED));
    }

    private static ResponseStatusException taken(String phone, Responder holder) {
        return new ResponseStatusException(HttpStatus.CONFLICT,
                "phone " + phone + " is already registered to responder " + holder.responderId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
