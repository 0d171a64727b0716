package org.interpreterline.roster.interpreters;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.Topics;
import org.interpreterline.events.roster.PutInterpreter;
import org.interpreterline.events.roster.RemoveInterpreter;
import org.interpreterline.events.roster.RosterCommand;
import org.interpreterline.events.roster.SetAvailability;
import org.interpreterline.events.roster.SetPresence;
import org.interpreterline.events.roster.UsualHours;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.roster.allocation.RosterSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admin writes go through the allocator like everything else: a command on {@code roster.commands}, answered
 * once the allocator has applied it, so the API never reports a change the roster has not made.
 */
@Component
public class RosterCommands implements DisposableBean {

    private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(10);

    private final TopicPublisher<String, RosterCommand> publisher;
    private final RosterView view;
    private final String rosterId;
    private final Clock clock = Clock.systemUTC();

    public RosterCommands(KafkaProperties kafka, RosterView view, RosterSettings settings) {
        this.publisher = new TopicPublisher<>(Topics.ROSTER_COMMANDS, kafka.buildProducerProperties());
        this.view = view;
        this.rosterId = settings.rosterId();
    }

    public void put(String interpreterId, String name, String phone, List<String> languages, int tier,
            List<String> rosters) {
        apply(new PutInterpreter(UUID.randomUUID(), clock.instant(), rosterId, interpreterId, name, phone, languages,
                tier, rosters));
    }

    public void remove(String interpreterId) {
        apply(new RemoveInterpreter(UUID.randomUUID(), clock.instant(), rosterId, interpreterId));
    }

    public void presence(String interpreterId, InterpreterStatus status) {
        apply(new SetPresence(UUID.randomUUID(), clock.instant(), rosterId, interpreterId, status));
    }

    /** The interpreter's usual hours, for the coverage forecast (replacing those declared before). */
    public void availability(String interpreterId, List<UsualHours> hours) {
        apply(new SetAvailability(UUID.randomUUID(), clock.instant(), rosterId, interpreterId, hours));
    }

    private void apply(RosterCommand command) {
        try {
            publisher.publish(rosterId, command).get(APPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Kafka did not take the change: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted");
        }
        long until = System.nanoTime() + APPLY_TIMEOUT.toNanos();
        while (!view.applied(command.eventId().toString())) {
            if (System.nanoTime() > until) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "the change was accepted but the roster has not applied it yet; check again shortly");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted");
            }
        }
    }

    @Override
    public void destroy() {
        publisher.close();
    }
}
