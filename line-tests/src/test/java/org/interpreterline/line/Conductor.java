package org.interpreterline.line;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.conferences.ConferenceStatus;
import org.interpreterline.simulator.conferences.ConferenceView;
import org.interpreterline.simulator.conferences.ParticipantView;

/**
 * Ends the line's calls the way officers do: once an interpreter has been in a request's conference for
 * {@code talk}, the officers in it hang up. Runs until closed; calls it cannot end (already over) are skipped.
 */
final class Conductor implements AutoCloseable {

    private final SimulatorClient sim;
    private final Set<String> officers;
    private final Duration talk;
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;

    Conductor(SimulatorClient sim, Set<String> officers, Duration talk) {
        this.sim = sim;
        this.officers = Set.copyOf(officers);
        this.talk = talk;
        this.thread = Thread.ofPlatform().name("conductor").daemon().start(this::run);
    }

    private void run() {
        while (running) {
            try {
                Instant now = Instant.now();
                for (ConferenceView c : sim.conferences()) {
                    if (c.status() == ConferenceStatus.IN_PROGRESS && c.startedAt() != null
                            && c.startedAt().plus(talk).isBefore(now) && !ended.contains(c.sid())) {
                        hangUpOfficersIn(c);
                    }
                }
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the simulator answered oddly while a call changed under us: look again next round
            }
        }
    }

    private void hangUpOfficersIn(ConferenceView conference) {
        for (ParticipantView p : conference.participants()) {
            if (officers.contains(p.phoneNumber()) && "connected".equals(p.status())) {
                try {
                    sim.hangup(p.phoneNumber());
                } catch (RuntimeException e) {
                    // hung up already
                }
            }
        }
        ended.add(conference.sid());
    }

    int conferencesEnded() {
        return ended.size();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
