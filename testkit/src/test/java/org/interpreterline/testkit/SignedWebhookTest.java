package org.interpreterline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedWebhookTest {

    @Test
    void reproducesTwiliosDocumentedSignature() {
        Map<String, String> params = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675310",
                "Digits", "1234", "From", "+14158675310", "To", "+18005551212");

        assertThat(SignedWebhook.signature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", params))
                .isEqualTo("GvWf1cFY/Q7PnoempGyD5oXAezc=");
    }
}
