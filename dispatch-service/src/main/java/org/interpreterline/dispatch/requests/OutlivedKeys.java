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
 * {@link TimelineEntry#RESIDENT_KEYS_DESTROYED} entry: the watchers destroy the keys as they do at a request's end
 * (docs/privacy.md).
 */
final class OutlivedKeys {

    private static final String EVENT = TimelineEntry.RESIDENT_KEYS_DESTROYED;
    private static final String ADD = TimelineEntry.RESIDENT_ADDED;

    private final Duration keyLife;

    OutlivedKeys(Duration keyLife) {
        this.keyLife = keyLife;
    }

    /** The record with its keys-destroyed entry, when an add outlived the key life since the last such entry. */
    Optional<RequestRecord> destroyedAt(RequestRecord record, Instant now) {
        if (record == null || record.status().finished()) {
            return Optional.empty(); // ended: destroyed at the end
        }
        Instant lastDestroyed = record.timeline().stream().filter(e -> e.is(EVENT))
                .map(TimelineEntry::at).max(Comparator.naturalOrder()).orElse(Instant.MIN);
        Instant cutoff = now.minus(keyLife);
        long outlived = record.timeline().stream().filter(e -> e.is(ADD) && e.at() != null
                && e.at().isAfter(lastDestroyed) && e.at().isBefore(cutoff)).count();
        if (outlived == 0) {
            return Optional.empty();
        }
        return Optional.of(record.change().log(new TimelineEntry(now, EVENT, "the call's end was not heard within "
                + keyLife.toString().substring(2).toLowerCase() + " of adding a number: its key destroyed",
                UUID.randomUUID())).done());
    }
}
