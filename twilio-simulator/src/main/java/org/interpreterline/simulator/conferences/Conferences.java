package org.interpreterline.simulator.conferences;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.interpreterline.simulator.SimulatorProperties;
import org.interpreterline.simulator.events.SimEvents;
import org.interpreterline.simulator.support.Sids;
import org.interpreterline.simulator.support.Workers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All conference rooms: by sid (ended ones included, like Twilio's records) and the one active room per
 * friendly name (a name is reused by a new conference once the previous one ended).
 */
@Component
public class Conferences {

    private static final Logger log = LoggerFactory.getLogger(Conferences.class);

    private final ConcurrentMap<String, ConferenceRoom> bySid = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConferenceRoom> activeByName = new ConcurrentHashMap<>();
    private final ConferenceNotifier notifier;
    private final Workers workers;
    private final SimEvents events;
    private final String accountSid;

    Conferences(ConferenceNotifier notifier, Workers workers, SimEvents events, SimulatorProperties properties) {
        this.notifier = notifier;
        this.workers = workers;
        this.events = events;
        this.accountSid = properties.accountSid();
    }

    /** The active room of that name, created (status init) if there is none. */
    public ConferenceRoom obtain(String friendlyName) {
        return activeByName.compute(friendlyName, (name, room) -> room == null || room.isCompleted() ? create(name) : room);
    }

    private ConferenceRoom create(String name) {
        ConferenceRoom room = new ConferenceRoom(Sids.next(Sids.CONFERENCE), name, accountSid, notifier, workers.serial(),
                workers.serial(), this::ended);
        bySid.put(room.sid(), room);
        log.info("conference {} {} created", room.sid(), name);
        events.publish("conference", name, "sid", room.sid(), "status", room.status().value());
        return room;
    }

    private void ended(ConferenceRoom room) {
        activeByName.remove(room.name(), room);
        log.info("conference {} {} ended: {}", room.sid(), room.name(), room.view().reasonEnded());
        events.publish("conference", room.name(), "sid", room.sid(), "status", room.status().value());
    }

    void changed(ConferenceRoom room) {
        events.publish("conference", room.name(), "sid", room.sid(), "status", room.status().value());
    }

    public Optional<ConferenceRoom> bySid(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    /** The active room of that name, else the latest one that had it. */
    public Optional<ConferenceRoom> byName(String friendlyName) {
        ConferenceRoom active = activeByName.get(friendlyName);
        if (active != null) {
            return Optional.of(active);
        }
        return all().stream().filter(room -> room.name().equals(friendlyName)).reduce((first, second) -> second);
    }

    /** Oldest first. */
    public List<ConferenceRoom> all() {
        return bySid.values().stream().sorted(Comparator.comparing(ConferenceRoom::createdAt)).toList();
    }

    public void reset() {
        bySid.values().forEach(ConferenceRoom::discard);
        bySid.clear();
        activeByName.clear();
    }
}
