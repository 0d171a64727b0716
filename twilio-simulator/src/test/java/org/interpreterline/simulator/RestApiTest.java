package org.interpreterline.simulator;

import java.net.URI;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Authentication and the request log. */
class RestApiTest extends SimulatorTest {

    @Autowired
    SimulatorProperties properties;

    @Test
    void theSimulatorIgnoresTheHostModulesApplicationYml() {
        // src/test/resources/application.yml plays a service module's own configuration
        assertThat(properties.accountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(port).isNotEqualTo(8081);
    }

    @Test
    void wrongCredentialsAreRefusedWithTwilios401() {
        TwilioRestClient intruder = TwilioSdk.client(ACCOUNT_SID, "not-the-token", port);

        assertThatThrownBy(() -> Call.creator(new PhoneNumber("+14125550111"), new PhoneNumber(LINE), URI.create(url("/offer"))).create(intruder))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(401);
                    assertThat(e.getCode()).isEqualTo(20003);
                });
        assertThat(sim.calls()).isEmpty();
    }

    @Test
    void everyRequestIsLoggedInOrderWithItsParameters() {
        Call call = Call.creator(new PhoneNumber("+14125550111"), new PhoneNumber(LINE), URI.create(url("/offer")))
                .setStatusCallbackEvent(java.util.List.of("ringing", "answered")).create(twilio);
        Call.fetcher(call.getSid()).fetch(twilio);

        assertThat(sim.apiLog()).hasSize(2);
        ApiLogEntry create = sim.apiLog().getFirst();
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls.json");
        assertThat(create.params()).containsEntry("To", java.util.List.of("+14125550111"))
                .containsEntry("StatusCallbackEvent", java.util.List.of("ringing", "answered"));
        assertThat(create.status()).isEqualTo(201);
        assertThat(sim.apiLog().get(1).at()).isAfter(create.at());
        sim.clearApiLog();
        assertThat(sim.apiLog()).isEmpty();
    }
}
