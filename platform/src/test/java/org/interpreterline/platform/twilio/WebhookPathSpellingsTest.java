package org.interpreterline.platform.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.interpreterline.platform.testapp.GuardedService;
import org.interpreterline.platform.testapp.RawHttp;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * However a webhook's path is spelled, an unsigned request never reaches the handler and never gets a 2xx or a
 * 5xx; one signed by Twilio over the public URL and the path as the service knows it is served. On a real Tomcat,
 * with and without a context path.
 */
class WebhookPathSpellingsTest {

    private static final Map<String, String> CALL = Map.of("CallSid", "CA0000000000000000000000000000spell",
            "From", "+14125550111", "To", "+14125550100", "Digits", "1");

    private static ConfigurableApplicationContext plain;
    private static ConfigurableApplicationContext underContextPath;

    @BeforeAll
    static void start() {
        plain = GuardedService.start();
        underContextPath = GuardedService.start("server.servlet.context-path=/line",
                "line.twilio.public-url=" + GuardedService.PUBLIC_URL + "/line");
    }

    @AfterAll
    static void stop() {
        plain.close();
        underContextPath.close();
    }

    @BeforeEach
    void forget() {
        GuardedService.endpoints(plain).forget();
        GuardedService.endpoints(underContextPath).forget();
    }

    /** A spelling and the webhook a container maps it to (null: none, or the request is refused before routing). */
    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("/twilio/voice/hold", "/twilio/voice/hold"),
                Arguments.of("/%74wilio/voice/hold", "/twilio/voice/hold"),
                Arguments.of("/twilio/%76oice/hold", "/twilio/voice/hold"),
                Arguments.of("/%74%77%69%6C%69%6F/sms", "/twilio/sms"),
                Arguments.of("/twilio/voic%65", "/twilio/voice"),
                Arguments.of("/twilio//voice", null),
                Arguments.of("//twilio/voice", null),
                Arguments.of("/twilio/./voice", null),
                Arguments.of("/./twilio/voice", null),
                Arguments.of("/twilio/x/../voice", null),
                Arguments.of("/twilio;x=1/voice", null),
                Arguments.of("/twilio/voice;jsessionid=0A1B", null),
                Arguments.of("/twilio%2Fvoice", null),
                Arguments.of("/twilio/%2576oice", null),
                Arguments.of("/twilio\\voice", null),
                Arguments.of("/TWILIO/voice", null),
                Arguments.of("/Twilio/Voice/Hold", null),
                Arguments.of("/twilio/voice/", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void anUnsignedWebhookIsRefusedHoweverItsPathIsSpelled(String spelling, String webhook) throws Exception {
        assertRefused(plain, spelling);
        assertRefused(underContextPath, "/line" + spelling);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void aSignatureOverAnotherSpellingIsRefused(String spelling, String webhook) throws Exception {
        // what an attacker could sign if the check used the spelling that arrived rather than the path served
        String signature = SignedWebhook.signature(GuardedService.AUTH_TOKEN, GuardedService.PUBLIC_URL + spelling,
                CALL);
        if (spelling.equals(webhook)) {
            return; // the canonical spelling: that is Twilio's own signature
        }
        assertRefused(plain, spelling, signature);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void twiliosSignatureOverThePublicUrlIsServedOnEverySpellingThatReachesAWebhook(String spelling, String webhook)
            throws Exception {
        if (webhook == null) {
            return;
        }
        String signature = SignedWebhook.signature(GuardedService.AUTH_TOKEN, GuardedService.PUBLIC_URL + webhook,
                CALL);
        RawHttp.Answer answer = RawHttp.post(GuardedService.port(plain), spelling,
                Map.of("X-Twilio-Signature", signature), form());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(GuardedService.endpoints(plain).visits()).singleElement()
                .satisfies(v -> assertThat(v.params()).containsEntry("Digits", "1"));

        String underPath = SignedWebhook.signature(GuardedService.AUTH_TOKEN,
                GuardedService.PUBLIC_URL + "/line" + webhook, CALL);
        RawHttp.Answer answered = RawHttp.post(GuardedService.port(underContextPath), "/line" + spelling,
                Map.of("X-Twilio-Signature", underPath), form());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }

    private static void assertRefused(ConfigurableApplicationContext service, String target) throws Exception {
        assertRefused(service, target, null);
    }

    private static void assertRefused(ConfigurableApplicationContext service, String target, String signature)
            throws Exception {
        RawHttp.Answer answer = RawHttp.post(GuardedService.port(service), target,
                signature == null ? Map.of() : Map.of("X-Twilio-Signature", signature), form());
        assertThat(answer.status()).as(target + " answered " + answer.status() + ": " + answer.body())
                .isBetween(400, 499);
        assertThat(GuardedService.endpoints(service).visits()).as(target + " reached a webhook").isEmpty();
    }

    private static String form() {
        return "CallSid=" + CALL.get("CallSid") + "&From=%2B14125550111&To=%2B14125550100&Digits=1";
    }
}
