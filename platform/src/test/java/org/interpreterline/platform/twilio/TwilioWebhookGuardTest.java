package org.interpreterline.platform.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TwilioWebhookGuardTest {

    /** Twilio's own documented example: token 12345 and this URL and body give this signature. */
    private static final String DOCUMENTED_SIGNATURE = "GvWf1cFY/Q7PnoempGyD5oXAezc=";
    private static final String DOCUMENTED_BODY =
            "CallSid=CA1234567890ABCDE&Caller=%2B14158675310&Digits=1234&From=%2B14158675310&To=%2B18005551212";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TwilioWebhookGuard guard = new TwilioWebhookGuard(
            new TwilioProperties("AC00000000000000000000000000000000", "12345", "+18005551212",
                    "http://127.0.0.1:8090", "https://mycompany.com"),
            new WebhookRejections(registry, "dispatch-service"));

    @Test
    void twiliosDocumentedExampleIsLetThroughWithItsParameters() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        guard.doFilterInternal(documentedRequest(DOCUMENTED_SIGNATURE), response, (req, res) -> passed.set(req));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(passed.get()).isNotNull();
        assertThat(passed.get().getParameter("Digits")).isEqualTo("1234");
        assertThat(passed.get().getParameter("foo")).isEqualTo("1"); // query parameters stay visible
        assertThat(rejected("bad_signature")).isZero();
    }

    @Test
    void aForgedSignatureIsRefusedAndCounted() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        guard.doFilterInternal(documentedRequest("AAAAcFY/Q7PnoempGyD5oXAezc="), response,
                (req, res) -> passed.set(req));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(passed.get()).isNull();
        assertThat(rejected("bad_signature")).isEqualTo(1.0);
    }

    @Test
    void aMissingSignatureIsRefused() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        guard.doFilterInternal(documentedRequest(null), response, (req, res) -> {
            throw new AssertionError("must not pass");
        });

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(rejected("bad_signature")).isEqualTo(1.0);
    }

    @Test
    void aTamperedBodyFailsTheSignature() throws Exception {
        MockHttpServletRequest request = documentedRequest(DOCUMENTED_SIGNATURE);
        request.setContent(DOCUMENTED_BODY.replace("Digits=1234", "Digits=1").getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();

        guard.doFilterInternal(request, response, (req, res) -> {
            throw new AssertionError("must not pass");
        });

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void onlyTwilioPathsAreGuarded() {
        MockHttpServletRequest admin = new MockHttpServletRequest("POST", "/api/responders");
        MockHttpServletRequest webhook = new MockHttpServletRequest("POST", "/twilio/voice");

        assertThat(guard.shouldNotFilter(admin)).isTrue();
        assertThat(guard.shouldNotFilter(webhook)).isFalse();
    }

    private double rejected(String reason) {
        return registry.get("line_webhook_rejected").tag("reason", reason).counter().count();
    }

    private static MockHttpServletRequest documentedRequest(String signature) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/myapp.php");
        request.setQueryString("foo=1&bar=2");
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent(DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.addHeader("X-Twilio-Signature", signature);
        }
        return request;
    }
}
