package org.interpreterline.dispatch.residents;

import java.util.List;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestWatcher;
import org.interpreterline.dispatch.requests.TimelineEntry;
import org.interpreterline.events.dispatch.ResidentKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Destroys the keys of a request's added residents when the request ends (crypto-shredding, issue 16): from then on
 * every copy of their sealed numbers in Kafka's logs is unreadable. The adds are found on the request's timeline
 * (an add's key is named after its event id). An add read after the end is shredded at once; so are the keys of a
 * request still open when one of its adds outlived {@code LINE_RESIDENT_KEY_LIFE} (its end was never heard).
 */
@Component
public class ResidentKeyShredder implements RequestWatcher {

    private static final Logger log = LoggerFactory.getLogger(ResidentKeyShredder.class);
    private static final String ADD = TimelineEntry.RESIDENT_ADDED;

    private final ResidentAddPublishing publishing;

    public ResidentKeyShredder(ResidentAddPublishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public void changed(RequestRecord before, RequestRecord after) {
        if (after == null) {
            return;
        }
        if (!after.status().finished()) {
            // an open request whose end was not heard in time: its adds' keys go now (LINE_RESIDENT_KEY_LIFE)
            if (destroyedEntries(after) > destroyedEntries(before)) {
                List<String> keys = keyIds(after);
                publishing.destroy(keys);
                log.info("Request {}: its end not heard in time; the keys of {} added number(s) destroyed",
                        after.reference(), keys.size());
            }
            return;
        }
        List<String> keys = keyIds(after);
        boolean justEnded = before == null || !before.status().finished();
        if (!keys.isEmpty() && (justEnded || keys.size() > keyIds(before).size())) {
            publishing.destroy(keys);
            log.info("Request {}: ended; the keys of {} added number(s) destroyed", after.reference(), keys.size());
        }
    }

    private static long destroyedEntries(RequestRecord record) {
        return record == null ? 0
                : record.timeline().stream().filter(e -> e.is(TimelineEntry.RESIDENT_KEYS_DESTROYED)).count();
    }

    static List<String> keyIds(RequestRecord record) {
        return record.timeline().stream().filter(e -> ADD.equals(e.event()) && e.eventId() != null)
                .map(e -> ResidentKey.idOf(record.requestId(), e.eventId())).toList();
    }
}
