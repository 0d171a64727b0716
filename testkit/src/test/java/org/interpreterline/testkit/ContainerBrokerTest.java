package org.interpreterline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Runs where a Docker engine exists; reported as skipped where none does (as on the project's CI machine). */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokerTest {

    @Test
    void aKafkaContainerRunsTransactions() throws Exception {
        try (ContainerBroker broker = ContainerBroker.start()) {
            assertThat(BrokerRoundTrip.committedAfterOneCommitAndOneAbort(broker.bootstrapServers()))
                    .containsExactly("committed");
        }
    }
}
