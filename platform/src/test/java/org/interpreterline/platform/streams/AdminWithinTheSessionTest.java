package org.interpreterline.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chaos run: after a broker's kill the roster's group leader waited 29 s on the brokers for the changelogs' end
 * offsets while computing an assignment, the group dropped it for silence, and the line decided nothing for 18 s
 * (71 s in an earlier run). Whatever the session timeout, the leader's calls to the brokers give up within it.
 */
class AdminWithinTheSessionTest {

    @ParameterizedTest
    @ValueSource(longs = {2000, 3000, 6000, 45000})
    void theLeadersCallsToTheBrokersGiveUpWithinTheSession(long sessionMillis) {
        Map<String, String> admin = LineStreams.adminWithinTheSession(Duration.ofMillis(sessionMillis));

        long call = Long.parseLong(admin.get(
                StreamsConfig.adminClientPrefix(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG)));
        long request = Long.parseLong(admin.get(
                StreamsConfig.adminClientPrefix(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG)));
        assertThat(call).isLessThan(sessionMillis).isGreaterThanOrEqualTo(1000);
        assertThat(request).isLessThanOrEqualTo(call);
    }
}
