package org.interpreterline.platform.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.interpreterline.platform.testapp.GuardedService;
import org.interpreterline.platform.testapp.RawHttp;
import org.interpreterline.testkit.SignedWebhook;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Random spellings of the webhooks' paths (letters percent-encoded in either case, letters in another case,
 * doubled slashes, {@code /./}, {@code ;param=x} on a segment), with and without a context path, sent to a real
 * Tomcat: an unsigned one never reaches a handler and gets a 4xx. Twilio's own signature (over the public URL and
 * the path as served) is accepted on every spelling that only encodes letters, so the generator does reach the
 * handlers.
 */
class UnsignedWebhookPropertyTest {

    private static final String CONTEXT_PATH = "/line";
    private static final Map<String, String> CALL = Map.of("CallSid", "CA00000000000000000000000000property",
            "From", "+14125550112", "Digits", "2");
    private static final String FORM = "CallSid=" + CALL.get("CallSid") + "&From=%2B14125550112&Digits=2";

    private static ConfigurableApplicationContext plain;
    private static ConfigurableApplicationContext underContextPath;

    /** One webhook path respelled; {@code onlyEncoded}: nothing but percent-encoded letters changed. */
    record Spelling(String webhook, String path, boolean onlyEncoded) {
    }

    @BeforeContainer
    static void start() {
        plain = GuardedService.start();
        underContextPath = GuardedService.start("server.servlet.context-path=" + CONTEXT_PATH,
                "line.twilio.public-url=" + GuardedService.PUBLIC_URL + CONTEXT_PATH);
    }

    @AfterContainer
    static void stop() {
        if (plain != null) {
            plain.close();
        }
        if (underContextPath != null) {
            underContextPath.close();
        }
    }

    @Property(tries = 250)
    void anUnsignedWebhookNeverReachesAHandler(@ForAll("spellings") Spelling spelling,
            @ForAll boolean withContextPath) throws Exception {
        ConfigurableApplicationContext service = withContextPath ? underContextPath : plain;
        String prefix = withContextPath ? CONTEXT_PATH : "";
        GuardedService.Endpoints endpoints = GuardedService.endpoints(service);
        endpoints.forget();

        RawHttp.Answer unsigned = RawHttp.post(GuardedService.port(service), prefix + spelling.path(), Map.of(), FORM);

        Statistics.label("unsigned answer").collect(unsigned.status());
        assertThat(endpoints.visits()).as(prefix + spelling.path() + " reached a handler unsigned").isEmpty();
        assertThat(unsigned.status()).as(prefix + spelling.path() + ": " + unsigned.body()).isBetween(400, 499);

        if (spelling.onlyEncoded()) {
            String signature = SignedWebhook.signature(GuardedService.AUTH_TOKEN,
                    GuardedService.PUBLIC_URL + prefix + spelling.webhook(), CALL);
            RawHttp.Answer signed = RawHttp.post(GuardedService.port(service), prefix + spelling.path(),
                    Map.of("X-Twilio-Signature", signature), FORM);
            assertThat(signed.status()).as(prefix + spelling.path() + " signed: " + signed.body()).isEqualTo(200);
            assertThat(endpoints.visits()).hasSize(1);
        }
    }

    @Provide
    Arbitrary<Spelling> spellings() {
        return Arbitraries.of(GuardedService.WEBHOOKS).flatMap(webhook -> Combinators.combine(
                        Arbitraries.integers().between(0, 11).list().ofSize(webhook.length()),
                        Arbitraries.of(true, false).list().ofSize(webhook.length()))
                .as((choices, upperHex) -> respell(webhook, choices, upperHex)));
    }

    /** Each character of the path is kept or respelled by its own choice. */
    private static Spelling respell(String webhook, List<Integer> choices, List<Boolean> upperHex) {
        StringBuilder path = new StringBuilder();
        boolean onlyEncoded = true;
        for (int i = 0; i < webhook.length(); i++) {
            char c = webhook.charAt(i);
            int choice = choices.get(i);
            if (c == '/') {
                switch (choice) {
                    case 9 -> { path.append("//"); onlyEncoded = false; }
                    case 10 -> { path.append("/./"); onlyEncoded = false; }
                    case 11 -> {
                        if (i > 0) {
                            path.append(";p=x");
                            onlyEncoded = false;
                        }
                        path.append('/');
                    }
                    default -> path.append('/');
                }
            } else {
                switch (choice) {
                    case 6, 7, 8 -> {
                        String hex = HexFormat.of().toHexDigits((byte) c);
                        path.append('%').append(upperHex.get(i) ? hex.toUpperCase() : hex);
                    }
                    case 9 -> {
                        path.append(Character.toUpperCase(c));
                        onlyEncoded = false;
                    }
                    default -> path.append(c);
                }
            }
        }
        return new Spelling(webhook, path.toString(), onlyEncoded);
    }
}
