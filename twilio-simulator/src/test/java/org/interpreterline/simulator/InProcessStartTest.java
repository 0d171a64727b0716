package org.interpreterline.simulator;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How other modules' end-to-end tests start the simulator: in their own JVM, next to their own
 * {@code application.yml}, possibly twice.
 */
class InProcessStartTest {

    private static final String ACCOUNT = "AC11111111111111111111111111111111";

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(TwilioSimulatorApplication.class).properties(properties).run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void twoInstancesRunSideBySideWithTheirOwnSettingsAndState() {
        var second = start("server.port=0");
        try (var first = start("server.port=0", "simulator.account-sid=" + ACCOUNT, "simulator.auth-token=first-token", "simulator.time-scale=50")) {
            assertThat(port(first)).isNotEqualTo(8081).isNotEqualTo(port(second));
            SimulatorProperties settings = first.getBean(SimulatorProperties.class);
            assertThat(settings.accountSid()).isEqualTo(ACCOUNT);
            assertThat(settings.timeScale()).isEqualTo(50.0);
            assertThat(second.getBean(SimulatorProperties.class).accountSid()).isEqualTo("AC00000000000000000000000000000000");
            assertThat(second.getBean(SimulatorProperties.class).timeScale()).isEqualTo(1.0);

            SimulatorClient a = SimulatorClient.forPort(port(first));
            SimulatorClient b = SimulatorClient.forPort(port(second));
            a.configurePhone("+14125550111", Behaviour.ANSWER);
            Call call = Call.creator(new PhoneNumber("+14125550111"), new PhoneNumber("+14125550100"),
                            new Twiml("<Response><Gather timeout=\"600\"><Say>Hello from A</Say></Gather></Response>"))
                    .create(TwilioSdk.client(ACCOUNT, "first-token", port(first)));

            a.awaitPhone("+14125550111", p -> p.heardText("Hello from A"), SimulatorTest.WAIT);
            assertThat(a.call(call.getSid()).status().value()).isEqualTo("in-progress");
            assertThat(b.phone("+14125550111").callState()).isEqualTo(PhoneCallState.IDLE);
            assertThat(b.phone("+14125550111").behaviour()).isEqualTo(Behaviour.MANUAL);
            assertThat(b.calls()).isEmpty();

            first.close(); // with a call in progress: its thread stops with the context
            assertThat(first.isActive()).isFalse();
            assertThat(b.phones()).extracting(PhoneView::number).containsExactly("+14125550111");
        } finally {
            second.close();
        }
    }

    @Test
    void invalidSettingsStopTheStart() {
        assertThatThrownBy(() -> start("spring.main.web-application-type=none", "simulator.account-sid=not-a-sid", "simulator.time-scale=0",
                "simulator.other-line-numbers=+14125550200,412-555-0300"))
                .hasStackTraceContaining("simulator.accountSid")
                .hasStackTraceContaining("simulator.timeScale")
                .hasStackTraceContaining("simulator.otherLineNumbers[1]")
                .hasStackTraceContaining("must be an E.164 number");
    }
}
