package org.interpreterline.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * What the chaos run met: a dispatch instance took a view of the request store, a rebalance (its peer restarting)
 * closed the store under it, and the officer's CANCEL text was answered "something went wrong" instead of cancelling.
 */
class SteadyStoreViewTest {

    static class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super(cause);
        }
    }

    @SuppressWarnings("unchecked")
    private static ReadOnlyKeyValueStore<String, String> store() {
        return mock(ReadOnlyKeyValueStore.class);
    }

    @Test
    void aReadThatMeetsAStoreClosedByARebalanceReadsAgainFromTheStoreStreamsGivesNext() {
        ReadOnlyKeyValueStore<String, String> closedByRebalance = store();
        when(closedByRebalance.get("request-1")).thenThrow(new InvalidStateStoreException(
                "Cannot get state store requests for task 0_2 because the store is not open"));
        ReadOnlyKeyValueStore<String, String> reopened = store();
        when(reopened.get("request-1")).thenReturn("QUEUED");
        Deque<ReadOnlyKeyValueStore<String, String>> handedOut = new ArrayDeque<>();
        handedOut.add(closedByRebalance);
        handedOut.add(reopened);

        SteadyStoreView<String, String> view = new SteadyStoreView<>(handedOut::removeFirst, Unavailable::new);

        assertThat(view.get("request-1")).isEqualTo("QUEUED");
    }

    @Test
    void aStoreStillClosedOnTheSecondTryIsTheCallersUnavailable() {
        ReadOnlyKeyValueStore<String, String> closed = store();
        when(closed.get("request-1")).thenThrow(new InvalidStateStoreException("migrated"));

        SteadyStoreView<String, String> view = new SteadyStoreView<>(() -> closed, Unavailable::new);

        assertThatThrownBy(() -> view.get("request-1")).isInstanceOf(Unavailable.class)
                .hasCauseInstanceOf(InvalidStateStoreException.class);
    }

    @Test
    void streamsNotRunningWhenAskedForTheStoreIsTheCallersUnavailableToo() {
        SteadyStoreView<String, String> view = new SteadyStoreView<>(() -> {
            throw new IllegalStateException("Streams are not running");
        }, Unavailable::new);

        assertThatThrownBy(view::approximateNumEntries).isInstanceOf(Unavailable.class);
    }
}
