package org.interpreterline.dispatch.presence;

import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.springframework.stereotype.Component;

/**
 * Which interpreter texts from a phone. The table is keyed by interpreter id; a roster has a few hundred
 * interpreters at most, so a scan is cheaper than keeping a second index in step.
 */
@Component
public class InterpreterPhones {

    private final DispatchStores stores;

    public InterpreterPhones(DispatchStores stores) {
        this.stores = stores;
    }

    public Optional<InterpreterSnapshot> byPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        try (KeyValueIterator<String, InterpreterSnapshot> all =
                stores.<InterpreterSnapshot>store(InterpreterTable.STORE).all()) {
            while (all.hasNext()) {
                InterpreterSnapshot snapshot = all.next().value;
                if (snapshot != null && phone.equals(snapshot.phone())) {
                    return Optional.of(snapshot);
                }
            }
        }
        return Optional.empty();
    }
}
