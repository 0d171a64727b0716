package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import org.interpreterline.platform.twilio.TwilioClients;
import org.interpreterline.platform.twilio.TwilioTimeouts;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.rest.RestFault;
import org.junit.jupiter.api.Test;

/** The SDK client the service builds gives up on a silent Twilio after its read timeout, not the SDK's 30 s. */
class TwilioReadTimeoutTest {

    private static final Duration READ = Duration.ofMillis(1500);

    @Test
    void aDialTwilioHoldsLongerThanTheReadTimeoutFailsInAboutTheReadTimeout() {
        SimulatorClient sim = TwilioStandIn.client();
        sim.configurePhone(Phones.TIMED_OUT_INTERPRETER, Behaviour.BUSY);
        sim.restFault(new RestFault("POST", "/Calls.json", Phones.TIMED_OUT_INTERPRETER, 8_000, 0, 1, false));
        TwilioRestClient client = TwilioClients.restClient(LineIntegrationTest.ACCOUNT, LineIntegrationTest.TOKEN,
                TwilioStandIn.baseUrl(), new TwilioTimeouts(Duration.ofSeconds(1), READ));
        Call.reader().limit(1).read(client); // the client's first-use costs are not what is measured
        long start = System.nanoTime();

        assertThatThrownBy(() -> Call.creator(new PhoneNumber(Phones.TIMED_OUT_INTERPRETER),
                new PhoneNumber(LineIntegrationTest.LINE_NUMBER), URI.create("http://127.0.0.1:1/offer"))
                .create(client)).isInstanceOf(TwilioException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Calls.create held 8 s by Twilio failed after %d ms (read timeout %d ms)%n",
                took.toMillis(), READ.toMillis());
        assertThat(took).isBetween(READ.minusMillis(100), READ.plusSeconds(1));
    }
}
