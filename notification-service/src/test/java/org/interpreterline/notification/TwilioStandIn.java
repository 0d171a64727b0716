package org.interpreterline.notification;

import com.twilio.http.TwilioRestClient;
import org.interpreterline.platform.twilio.TwilioClients;
import org.interpreterline.simulator.TwilioSimulatorApplication;
import org.interpreterline.simulator.client.SimulatorClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Twilio simulator, started in this JVM once for every integration test, with the account the service
 * uses. Its waits (ring timeouts, gather timeouts, pauses) run ten times faster than Twilio's.
 */
final class TwilioStandIn {

    static final int TIME_SCALE = 10;

    private static ConfigurableApplicationContext simulator;

    private TwilioStandIn() {
    }

    static synchronized String baseUrl() {
        if (simulator == null) {
            simulator = new SpringApplicationBuilder(TwilioSimulatorApplication.class).properties(
                    "server.port=0",
                    "simulator.account-sid=" + LineIntegrationTest.ACCOUNT,
                    "simulator.auth-token=" + LineIntegrationTest.TOKEN,
                    "simulator.line-number=" + LineIntegrationTest.LINE_NUMBER,
                    "simulator.time-scale=" + TIME_SCALE).run();
            ConfigurableApplicationContext started = simulator;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "simulator-stop"));
        }
        return "http://127.0.0.1:" + ((WebServerApplicationContext) simulator).getWebServer().getPort();
    }

    static SimulatorClient client() {
        return new SimulatorClient(baseUrl());
    }

    /** The SDK as a test uses it to play dispatch-service (putting an officer's call into a conference). */
    static TwilioRestClient sdk() {
        return TwilioClients.restClient(LineIntegrationTest.ACCOUNT, LineIntegrationTest.TOKEN, baseUrl());
    }
}
