package org.interpreterline.roster.forecast;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topics;
import org.interpreterline.roster.allocation.AllocatorCompanion;
import org.interpreterline.roster.allocation.AllocatorTopology;
import org.interpreterline.roster.allocation.RosterSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The coverage forecast's part of the roster's topology: one {@link CoverageLedger} reading the allocator's
 * dispatch.events (requests opened) and roster.commands (languages, declared hours) and the roster.events the
 * allocator writes (presence changes). All three are keyed by roster id, so the ledger runs in the allocator's task
 * and its stores are on the instance that serves the roster. Its persistent, changelogged stores:
 * <ul>
 *   <li>{@link #HOURS_STORE}: {@code week|language|hourOfWeek} → {@link HourTally}, kept for the look-back</li>
 *   <li>{@link #PRESENCE_STORE}: interpreterId → {@link PresenceTrack}, until the interpreter is removed</li>
 *   <li>{@link #COUNTED_REQUESTS_STORE}: requestId → epoch millis counted (a retried opening counts once), a day</li>
 * </ul>
 */
@Component
public class ForecastTopology implements AllocatorCompanion {

    public static final String HOURS_STORE = "forecast-hours";
    public static final String PRESENCE_STORE = "forecast-presence";
    public static final String COUNTED_REQUESTS_STORE = "forecast-counted-requests";
    static final String ROSTER_EVENTS_SOURCE = "forecast-roster-events";
    static final String LEDGER = "coverage-ledger";

    private final String rosterId;
    private final ForecastSettings settings;

    @Autowired
    public ForecastTopology(RosterSettings roster, ForecastSettings settings) {
        this(roster.rosterId(), settings);
    }

    ForecastTopology(String rosterId, ForecastSettings settings) {
        this.rosterId = rosterId;
        this.settings = settings;
    }

    @Override
    public void join(Topology topology) {
        topology.addSource(ROSTER_EVENTS_SOURCE, Topics.ROSTER_EVENTS.keySerde().deserializer(),
                Topics.ROSTER_EVENTS.valueSerde().deserializer(), Topics.ROSTER_EVENTS.name());
        topology.addProcessor(LEDGER, () -> new CoverageLedger(rosterId, settings),
                AllocatorTopology.DISPATCH_SOURCE, AllocatorTopology.COMMANDS_SOURCE, ROSTER_EVENTS_SOURCE);
        topology.addStateStore(store(HOURS_STORE, new JsonSerde<>(HourTally.class)), LEDGER);
        topology.addStateStore(store(PRESENCE_STORE, new JsonSerde<>(PresenceTrack.class)), LEDGER);
        topology.addStateStore(store(COUNTED_REQUESTS_STORE, Serdes.Long()), LEDGER);
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
