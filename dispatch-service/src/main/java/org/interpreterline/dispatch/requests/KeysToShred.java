package org.interpreterline.dispatch.requests;

import java.util.List;
import org.interpreterline.events.dispatch.ResidentKey;

/**
 * Which keys of a request's added residents a change destroys (crypto-shredding, docs/privacy.md): every add's key
 * when the request ends; an add read after the end at once; every key of a request still open when one of its adds
 * outlived {@code LINE_RESIDENT_KEY_LIFE} (its end was never heard). The adds are found on the timeline: an add's
 * key is named after its event id.
 */
final class KeysToShred {

    private KeysToShred() {
    }

    static List<String> on(RequestRecord before, RequestRecord after) {
        if (!after.status().finished()) {
            return destroyedEntries(after) > destroyedEntries(before) ? keyIds(after) : List.of();
        }
        List<String> keys = keyIds(after);
        boolean justEnded = before == null || !before.status().finished();
        if (justEnded) {
            return keys;
        }
        List<String> already = keyIds(before);
        return keys.stream().filter(k -> !already.contains(k)).toList();
    }

    private static long destroyedEntries(RequestRecord record) {
        return record == null ? 0
                : record.timeline().stream().filter(e -> e.is(TimelineEntry.RESIDENT_KEYS_DESTROYED)).count();
    }

    private static List<String> keyIds(RequestRecord record) {
        return record == null ? List.of() : record.timeline().stream()
                .filter(e -> e.is(TimelineEntry.RESIDENT_ADDED) && e.eventId() != null)
                .map(e -> ResidentKey.idOf(record.requestId(), e.eventId())).toList();
    }
}
