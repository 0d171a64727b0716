package org.interpreterline.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.interpreterline.dispatch.board.RosterInterpreters;
import org.interpreterline.dispatch.presence.InterpreterTable;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.springframework.stereotype.Component;

/**
 * The board's look-up of the roster's interpreters, from dispatch's copy of {@code roster.interpreters}. A roster has
 * a few hundred interpreters at most: a scan per board update costs less than a second table kept in step.
 */
@Component
class InterpretersOfThisRoster implements RosterInterpreters {

    private final DispatchStores stores;
    private final String rosterId;

    InterpretersOfThisRoster(DispatchStores stores, DispatchProperties props) {
        this.stores = stores;
        this.rosterId = props.rosterId();
    }

    @Override
    public Optional<List<InterpreterSnapshot>> now() {
        List<InterpreterSnapshot> roster = new ArrayList<>();
        try (KeyValueIterator<String, InterpreterSnapshot> all =
                stores.<InterpreterSnapshot>store(InterpreterTable.STORE).all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null && (kv.value.rosterId() == null || kv.value.rosterId().equals(rosterId))) {
                    roster.add(kv.value);
                }
            });
        } catch (StoreUnavailable e) {
            return Optional.empty(); // the global tables are starting
        }
        return Optional.of(roster);
    }
}
