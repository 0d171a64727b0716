package org.interpreterline.dispatch.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * The added residents' numbers of a request whose end the line never heard (a lost conference end, every instance
 * down when Twilio called back) must not stay readable until the history forgets the request, months later. Once
 * an add is older than {@link HistoryRetention#residentKeyLife()} and the request is still open, the record gains a
 * {@link TimelineEntry#RESIDENT_KEYS_DESTROYED} entry, and its keys are destroyed as at a request's end
 * (docs/privacy.md).
 */
final class OutlivedKeys {

    private static final String EVENT = TimelineEntry.RESIDENT_KEYS_DESTROYED;
    private static final String ADD = TimelineEntry.RESIDENT_ADDED;

    private final Duration keyLife;

    OutlivedKeys(Duration keyLife) {
        this.keyLife = keyLife;
    }

    /**
     * When the oldest add whose key is still alive was made: empty for a finished request (its keys went at the end)
     * and for one with no add since its keys were last destroyed. Only such requests need the sweep to look at them.
     */
    static Optional<Instant> liveSince(RequestRecord record) {
        if (record == null || record.status().finished()) {
            return Optional.empty();
        }
        Instant lastDestroyed = record.timeline().stream().filter(e -> e.is(EVENT))
                .map(TimelineEntry::at).max(Comparator.naturalOrder()).orElse(Instant.MIN);
        return record.timeline().stream().filter(e -> e.is(ADD) && e.at() != null && e.at().isAfter(lastDestroyed))
                .map(TimelineEntry::at).min(Comparator.naturalOrder());
    }

    /** The record with its keys-destroyed entry, when an add outlived the key life since the last such entry. */
    Optional<RequestRecord> destroyedAt(RequestRecord record, Instant now) {
        Optional<Instant> live = liveSince(record);
        if (live.isEmpty() || !live.get().isBefore(now.minus(keyLife))) {
            return Optional.empty();
        }
        return Optional.of(record.change().log(new TimelineEntry(now, EVENT, "the call's end was not heard within "
                + keyLife.toString().substring(2).toLowerCase() + " of adding a number: its key destroyed",
                UUID.randomUUID())).done());
    }
}
