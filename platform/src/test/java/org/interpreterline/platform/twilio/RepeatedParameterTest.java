package org.interpreterline.platform.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.interpreterline.platform.testapp.GuardedService;
import org.interpreterline.platform.testapp.RawHttp;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Twilio signs one value per parameter name, while a handler would read "1,9" for a repeated one: a webhook that
 * repeats a parameter name is refused as malformed before any handler runs, however well it is signed.
 */
class RepeatedParameterTest {

    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        service = GuardedService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void forget() {
        GuardedService.endpoints(service).forget();
    }

    @Test
    void aParameterRepeatedInTheBodyIsRefusedAsMalformed() throws Exception {
        // the first value is what a Map-based signature check sees; the second rides along unsigned
        String signature = SignedWebhook.signature(GuardedService.AUTH_TOKEN,
                GuardedService.PUBLIC_URL + "/twilio/voice", Map.of("From", "+14125550113", "Digits", "1"));
        double before = malformed();

        RawHttp.Answer answer = RawHttp.post(GuardedService.port(service), "/twilio/voice",
                Map.of("X-Twilio-Signature", signature), "From=%2B14125550113&Digits=1&Digits=9");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(GuardedService.endpoints(service).visits()).isEmpty();
        assertThat(malformed()).isEqualTo(before + 1);
    }

    @Test
    void aParameterInBothQueryAndBodyIsRefusedAsMalformed() throws Exception {
        String url = GuardedService.PUBLIC_URL + "/twilio/voice/hold?requestId=r1";
        String signature = SignedWebhook.signature(GuardedService.AUTH_TOKEN, url, Map.of("requestId", "r2"));
        double before = malformed();

        RawHttp.Answer answer = RawHttp.post(GuardedService.port(service), "/twilio/voice/hold?requestId=r1",
                Map.of("X-Twilio-Signature", signature), "requestId=r2");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(GuardedService.endpoints(service).visits()).isEmpty();
        assertThat(malformed()).isEqualTo(before + 1);
    }

    @Test
    void distinctParametersAreServed() throws Exception {
        String url = GuardedService.PUBLIC_URL + "/twilio/voice/hold?requestId=r1";
        String signature = SignedWebhook.signature(GuardedService.AUTH_TOKEN, url, Map.of("Digits", "1"));

        RawHttp.Answer answer = RawHttp.post(GuardedService.port(service), "/twilio/voice/hold?requestId=r1",
                Map.of("X-Twilio-Signature", signature), "Digits=1");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(GuardedService.endpoints(service).visits()).singleElement()
                .satisfies(v -> assertThat(v.params()).containsEntry("requestId", "r1").containsEntry("Digits", "1"));
    }

    private static double malformed() {
        return service.getBean(MeterRegistry.class).get("line_webhook_rejected").tag("reason", "malformed")
                .counter().count();
    }
}
