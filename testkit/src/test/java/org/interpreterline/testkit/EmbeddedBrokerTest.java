package org.interpreterline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedBrokerTest {

    @Test
    void theSharedBrokerRunsTransactions() throws Exception {
        TestBroker broker = TestBroker.shared();

        assertThat(BrokerRoundTrip.committedAfterOneCommitAndOneAbort(broker.bootstrapServers()))
                .containsExactly("committed");
    }
}
