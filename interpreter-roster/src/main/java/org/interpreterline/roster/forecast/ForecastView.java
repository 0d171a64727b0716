package org.interpreterline.roster.forecast;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.platform.streams.LineStreams;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Reads the ledger's stores (interactive queries) and works out the forecast as of now. */
@Component
class ForecastView {

    private final LineStreams allocator;
    private final ForecastSettings settings;
    private final Clock clock = Clock.systemUTC();

    ForecastView(@Qualifier("allocator") LineStreams allocator, ForecastSettings settings) {
        this.allocator = allocator;
        this.settings = settings;
    }

    /** @throws ResponseStatusException 503 while the roster's task is starting or moving */
    CoverageForecast forecast() {
        return forecast(null);
    }

    /**
     * One agency's roster's forecast: its requests and its interpreters' time on the line; null for the line's.
     *
     * @throws ResponseStatusException 503 while the roster's task is starting or moving
     */
    CoverageForecast forecast(String roster) {
        Map<String, HourTally> hours = new TreeMap<>();
        List<PresenceTrack> tracks = new ArrayList<>();
        try {
            try (KeyValueIterator<String, HourTally> it = this.<HourTally>store(ForecastTopology.HOURS_STORE).all()) {
                it.forEachRemaining(kv -> hours.put(kv.key, kv.value));
            }
            try (KeyValueIterator<String, PresenceTrack> it =
                    this.<PresenceTrack>store(ForecastTopology.PRESENCE_STORE).all()) {
                it.forEachRemaining(kv -> {
                    if (roster == null || kv.value.rosters().contains(roster)) {
                        tracks.add(kv.value);
                    }
                });
            }
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "the roster is starting or rebalancing; try again in a few seconds");
        }
        return CoverageForecast.of(CoverageLedger.talliesOf(hours, roster), tracks, clock.instant(), settings);
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return allocator.store(name, QueryableStoreTypes.keyValueStore());
    }
}
