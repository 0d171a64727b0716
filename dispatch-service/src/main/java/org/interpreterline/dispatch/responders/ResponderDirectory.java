package org.interpreterline.dispatch.responders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.interpreterline.events.dispatch.Responder;
import org.springframework.stereotype.Component;

/** Who may use the line without a PIN: the responders global table, looked up by phone or id. */
@Component
public class ResponderDirectory {

    private final DispatchStores streams;

    public ResponderDirectory(DispatchStores streams) {
        this.streams = streams;
    }

    /** The responder registered with this phone (E.164). */
    public Optional<Responder> byPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(streams.<Responder>store(ResponderTable.STORE)
                .get(phone));
    }

    public Optional<Responder> byId(String responderId) {
        return all().stream().filter(r -> r.responderId().equals(responderId)).findFirst();
    }

    /** Everyone, by name. A directory of a few thousand responders is scanned in a millisecond or two. */
    public List<Responder> all() {
        List<Responder> all = new ArrayList<>();
        try (KeyValueIterator<String, Responder> it =
                streams.<Responder>store(ResponderTable.STORE).all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        all.sort(Comparator.comparing(r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER));
        return all;
    }
}
