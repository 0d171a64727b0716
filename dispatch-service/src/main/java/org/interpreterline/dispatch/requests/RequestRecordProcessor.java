package org.interpreterline.dispatch.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.ResidentKey;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every event about a request onto its record, and keeps the look-ups the webhooks need: reference →
 * request, requester phone → their open request, requester CallSid → request. Runs exactly-once: a store
 * update, the tombstones of the added residents' keys it destroys ({@link KeysToShred}) and the input offsets
 * commit together, so a request never ends with its keys left readable.
 */
final class RequestRecordProcessor implements Processor<String, LineEvent, String, ResidentKey> {

    private static final Logger log = LoggerFactory.getLogger(RequestRecordProcessor.class);
    /** How often open requests are looked at for added numbers' keys that outlived the call's longest life. */
    private static final Duration KEY_SWEEP = Duration.ofMinutes(5);

    private final RequestStatusMachine lifecycle;
    private final RequestWatcher watcher;
    private final HistoryRetention retention;
    private final OutlivedKeys outlivedKeys;
    private ProcessorContext<String, ResidentKey> context;
    private KeyValueStore<String, RequestRecord> requests;
    private KeyValueStore<String, String> byReference;
    private KeyValueStore<String, String> openByPhone;
    private KeyValueStore<String, String> byCall;
    private KeyValueStore<String, PaidCall> paidCalls;
    private KeyValueStore<String, Long> liveKeys;
    /** Whether this task has checked {@link #liveKeys} against the whole store since it started. */
    private boolean liveKeysChecked;

    RequestRecordProcessor(RequestStatusMachine lifecycle, RequestWatcher watcher, HistoryRetention retention) {
        this.lifecycle = lifecycle;
        this.watcher = watcher;
        this.retention = retention;
        this.outlivedKeys = new OutlivedKeys(retention.residentKeyLife());
    }

    @Override
    public void init(ProcessorContext<String, ResidentKey> context) {
        this.context = context;
        requests = context.getStateStore(RequestRecordTopology.REQUESTS);
        byReference = context.getStateStore(RequestRecordTopology.BY_REFERENCE);
        openByPhone = context.getStateStore(RequestRecordTopology.OPEN_BY_PHONE);
        byCall = context.getStateStore(RequestRecordTopology.BY_CALL);
        paidCalls = context.getStateStore(RequestRecordTopology.PAID_CALLS);
        liveKeys = context.getStateStore(RequestRecordTopology.LIVE_KEYS);
        context.schedule(retention.sweepEvery(), PunctuationType.WALL_CLOCK_TIME, at -> {
            forgetBefore(Instant.ofEpochMilli(at).minus(retention.retention()));
            forgetPaidCallsBefore(Instant.ofEpochMilli(at).minus(retention.minutesRetention()));
        });
        context.schedule(min(retention.sweepEvery(), KEY_SWEEP), PunctuationType.WALL_CLOCK_TIME,
                at -> destroyOutlivedKeys(Instant.ofEpochMilli(at)));
    }

    /**
     * Marks open requests whose added numbers outlived the key life, and destroys their keys. Reads only the requests
     * with keys alive ({@link #liveKeys}): a full read of a large history every five minutes held the stream thread
     * for most of a second (HistorySweepBenchmark). The first sweep after a start checks the index against the
     * whole store once, so requests recorded before the index existed are watched too.
     */
    private void destroyOutlivedKeys(Instant now) {
        if (!liveKeysChecked) {
            try (var all = requests.all()) {
                all.forEachRemaining(kv -> watchKeys(kv.key, kv.value));
            }
            liveKeysChecked = true;
        }
        long cutoff = now.minus(retention.residentKeyLife()).toEpochMilli();
        List<String> due = new ArrayList<>();
        try (var all = liveKeys.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value < cutoff) {
                    due.add(kv.key);
                }
            });
        }
        for (String id : due) {
            RequestRecord record = requests.get(id);
            RequestRecord after = outlivedKeys.destroyedAt(record, now).orElse(null);
            if (after != null) {
                requests.put(id, after);
                watcher.changed(record, after);
                shredKeys(record, after, now.toEpochMilli());
            }
            watchKeys(id, after != null ? after : record);
        }
    }

    /** Keeps the index of requests with keys alive in step with the record: since when, or not in it. */
    private void watchKeys(String id, RequestRecord record) {
        Long since = OutlivedKeys.liveSince(record).map(Instant::toEpochMilli).orElse(null);
        Long indexed = liveKeys.get(id);
        if (since == null && indexed != null) {
            liveKeys.delete(id);
        } else if (since != null && !since.equals(indexed)) {
            liveKeys.put(id, since);
        }
    }

    /** Tombstones on dispatch.resident-keys, in this change's transaction: the sealed numbers become unreadable. */
    private void shredKeys(RequestRecord before, RequestRecord after, long timestamp) {
        List<String> keys = KeysToShred.on(before, after);
        if (keys.isEmpty()) {
            return;
        }
        keys.forEach(key -> context.forward(new Record<String, ResidentKey>(key, null, timestamp)));
        log.info("Request {}: {}; the keys of {} added number(s) destroyed", after.reference(),
                after.status().finished() ? "ended" : "its end not heard in time", keys.size());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Removes for good every request whose last change is older than the retention, and its look-ups: the deletes
     * are tombstones on the changelogs, so compaction takes the numbers and notes out of Kafka too.
     */
    private void forgetBefore(Instant cutoff) {
        List<RequestRecord> old = new ArrayList<>();
        try (var all = requests.all()) {
            while (all.hasNext()) {
                KeyValue<String, RequestRecord> next = all.next();
                if (next.value == null || lastChange(next.value).isBefore(cutoff)) {
                    old.add(next.value == null ? RequestRecord.unknown(next.key) : next.value);
                }
            }
        }
        for (RequestRecord r : old) {
            forget(r);
        }
        if (!old.isEmpty()) {
            log.info("Request history: forgot {} request(s) last changed before {} (retention {})", old.size(),
                    cutoff, retention.retention());
        }
    }

    /** The minutes report's record of calls that ended longer ago than it keeps them. */
    private void forgetPaidCallsBefore(Instant cutoff) {
        List<String> old = new ArrayList<>();
        try (var all = paidCalls.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value == null || kv.value.endedAt().isBefore(cutoff)) {
                    old.add(kv.key);
                }
            });
        }
        old.forEach(paidCalls::delete);
        if (!old.isEmpty()) {
            log.info("Minutes report: forgot {} paid call(s) ended before {} (kept {})", old.size(), cutoff,
                    retention.minutesRetention());
        }
    }

    private void forget(RequestRecord r) {
        String id = r.requestId();
        requests.delete(id);
        if (liveKeys.get(id) != null) {
            liveKeys.delete(id);
        }
        if (r.reference() != null) {
            List<String> holders = ReferenceHolders.parse(byReference.get(r.reference())).stream()
                    .filter(h -> !h.equals(id)).toList();
            if (holders.isEmpty()) {
                byReference.delete(r.reference());
            } else {
                byReference.put(r.reference(), String.join(" ", holders));
            }
        }
        if (r.requesterCallSid() != null && id.equals(byCall.get(r.requesterCallSid()))) {
            byCall.delete(r.requesterCallSid());
        }
        if (r.requesterPhone() != null && id.equals(openByPhone.get(r.requesterPhone()))) {
            openByPhone.delete(r.requesterPhone());
        }
    }

    /** The latest moment anything happened to it (a record with no time at all is as old as can be). */
    private static Instant lastChange(RequestRecord r) {
        return Stream.concat(Stream.of(r.openedAt(), r.assignedAt(), r.connectedAt(), r.endedAt()),
                        r.timeline().stream().map(TimelineEntry::at))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    @Override
    public void process(Record<String, LineEvent> record) {
        LineEvent event = record.value();
        if (event == null) {
            return;
        }
        String requestId = RequestStatusMachine.requestIdOf(event).orElse(null);
        if (requestId == null) {
            return; // presence and interpreter status: not about a request
        }
        RequestRecord after = apply(requestId, event, record.timestamp());
        if (after != null) {
            relayed(after, event, record.timestamp());
        }
    }

    /**
     * A relay (a second interpreter of a call, {@code ALSO}) lives in its call's conference, whose events name only the
     * call's request: the call's record shows how its relays stand, and its conference's end, its cancellation or its
     * second interpreter joining is the relay's too.
     */
    private void relayed(RequestRecord after, LineEvent event, long timestamp) {
        after.host().map(requests::get).ifPresent(host -> {
            RequestRecord.Relay relay = RequestRecord.Relay.of(after);
            if (!host.relays().contains(relay)) {
                RequestRecord shown = host.change().relay(relay).done();
                requests.put(host.requestId(), shown);
                watcher.changed(host, shown);
            }
        });
        for (RequestRecord.Relay relay : after.relays()) {
            LineEvent forRelay = switch (event) {
                case ConferenceEnded c -> new ConferenceEnded(derivedId(c, relay), c.occurredAt(), c.rosterId(),
                        relay.requestId(), c.conferenceName(), c.conferenceSid());
                // the roster cancels a request's relays with it
                case RequestCancelled c -> new RequestCancelled(derivedId(c, relay), c.occurredAt(), c.rosterId(),
                        relay.requestId(), c.reason());
                // one second interpreter joins at a time: the one accepted and not yet on the call
                case ParticipantJoined j when j.party() == Party.RELAY
                        && relay.status() == RequestStatus.ASSIGNED -> new ParticipantJoined(derivedId(j, relay),
                        j.occurredAt(), j.rosterId(), relay.requestId(), j.conferenceName(), j.conferenceSid(),
                        j.callSid(), Party.INTERPRETER);
                default -> null;
            };
            if (forRelay != null) {
                RequestRecord relayAfter = apply(relay.requestId(), forRelay, timestamp);
                if (relayAfter != null) {
                    relayed(relayAfter, forRelay, timestamp);
                }
                if (forRelay instanceof ParticipantJoined) {
                    return;
                }
            }
        }
    }

    /** The same event again, for a relay: redelivered, it is recognised as seen. */
    private static UUID derivedId(LineEvent event, RequestRecord.Relay relay) {
        return RequestIds.id("relay:" + event.eventId() + ":" + relay.requestId());
    }

    /** @return the record after the event, or null when it changed nothing */
    private RequestRecord apply(String requestId, LineEvent event, long timestamp) {
        RequestRecord before = requests.get(requestId);
        RequestRecord current = before == null ? RequestRecord.unknown(requestId) : before;
        RequestRecord after = lifecycle.apply(current, event);
        if (after == current) {
            return null;
        }
        requests.put(requestId, after);
        index(current, after);
        watchKeys(requestId, after);
        PaidCall.of(after).filter(paid -> !paid.equals(PaidCall.of(current).orElse(null)))
                .ifPresent(paid -> paidCalls.put(requestId, paid));
        watcher.changed(current, after);
        shredKeys(current, after, timestamp);
        TimelineEntry entry = after.timeline().stream().filter(e -> event.eventId().equals(e.eventId()))
                .findFirst().orElseThrow();
        log.info("Request {} {}{}: {}", after.reference() == null ? requestId : after.reference(),
                current.status() == after.status() ? "" : current.status() + " -> ", after.status(),
                entry.summary());
        return after;
    }

    /** Two open requests with one reference (two instances choosing at one moment): lookups by it refuse. */
    private void warnIfShared(RequestRecord opened) {
        List<String> open = ReferenceHolders.parse(byReference.get(opened.reference())).stream()
                .filter(id -> !id.equals(opened.requestId()))
                .filter(id -> requests.get(id) != null && !requests.get(id).status().finished()).toList();
        if (!open.isEmpty()) {
            log.warn("Request {} shares reference {} with open request(s) {}: look them up by id",
                    opened.requestId(), opened.reference(), open);
        }
    }

    private void index(RequestRecord before, RequestRecord after) {
        String id = after.requestId();
        if (!before.opened() && after.opened()) {
            byReference.put(after.reference(), ReferenceHolders.with(byReference.get(after.reference()), id));
            warnIfShared(after);
            if (after.requesterCallSid() != null) {
                byCall.put(after.requesterCallSid(), id);
            }
            // a relay rides on its call: the officer's STATUS and CANCEL are about the call
            if (after.requesterPhone() != null && !after.status().finished() && after.host().isEmpty()) {
                openByPhone.put(after.requesterPhone(), id);
            }
        }
        if (after.status().finished() && after.requesterPhone() != null
                && Objects.equals(openByPhone.get(after.requesterPhone()), id)) {
            openByPhone.delete(after.requesterPhone());
        }
    }
}
