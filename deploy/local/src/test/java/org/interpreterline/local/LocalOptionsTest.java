package org.interpreterline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalOptionsTest {

    @Test
    void byDefaultTheDataStaysInDotLocalTheDemoIsSeededAndThePortsAreDesignsOwn() {
        assertThat(LocalOptions.parse(List.of())).isEqualTo(new LocalOptions(false, true, Path.of(".local"), 0, "127.0.0.1"));
        assertThat(LocalPorts.withOffset(0)).isEqualTo(new LocalPorts(8081, 8082, 8083, 8090, 9092, 9093));
    }

    @Test
    void everyOptionIsUnderstood() {
        LocalOptions options = LocalOptions.parse(List.of("--fresh", "--no-demo", "--data-dir", "/tmp/x", "--port-offset", "100",
                "--bind", "0.0.0.0"));

        assertThat(options).isEqualTo(new LocalOptions(true, false, Path.of("/tmp/x"), 100, "0.0.0.0"));
        assertThat(LocalPorts.withOffset(options.portOffset()).simulator()).isEqualTo(8190);
    }

    @Test
    void replicasAndBrokersAreCounted() {
        LocalOptions options = LocalOptions.parse(List.of("--replicas", "2", "--brokers", "3"));

        assertThat(options.replicas()).isEqualTo(2);
        assertThat(options.brokers()).isEqualTo(3);
        assertThat(LocalOptions.parse(List.of()).replicas()).isEqualTo(1);
        assertThat(LocalPorts.instance(8081, 2)).isEqualTo(8281);
        assertThat(LocalPorts.withOffset(0).broker(3)).isEqualTo(9096);
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--replicas", "4"))).hasMessage(
                "--replicas must be a number from 1 to 3, not 4");
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--brokers", "none"))).hasMessage(
                "--brokers must be a number from 1 to 5, not none");
    }

    @Test
    void aMistakeIsNamed() {
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--frsh"))).hasMessage("unknown option --frsh");
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--data-dir"))).hasMessage("--data-dir needs a value");
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--port-offset", "--fresh"))).hasMessage("--port-offset needs a value");
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--port-offset", "many"))).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--port-offset", "60000"))).hasMessageContaining("between 0 and 50000");
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--bind"))).hasMessage("--bind needs a value");
        assertThatThrownBy(() -> LocalOptions.parse(List.of("--bind", "every where"))).hasMessageContaining("IP address");
    }
}
