package org.interpreterline.simulator.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    /** Twilio's security page has shown the example with two callers over the years; each has its signature. */
    private static Map<String, String> documentedParams(String caller) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", "CA1234567890ABCDE");
        params.put("Caller", caller);
        params.put("Digits", "1234");
        params.put("From", caller);
        params.put("To", "+18005551212");
        return params;
    }

    private static Map<String, String> documentedParams() {
        return documentedParams("+12349013030");
    }

    @Test
    void reproducesTwiliosDocumentedExample() {
        assertThat(new WebhookSigner("12345").sign(URL, documentedParams("+12349013030"))).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(new WebhookSigner("12345").sign(URL, documentedParams("+14158675310"))).isEqualTo("GvWf1cFY/Q7PnoempGyD5oXAezc=");
    }

    @Test
    void parameterOrderDoesNotMatterAndTheSdkAgrees() {
        Map<String, String> reversed = new LinkedHashMap<>();
        documentedParams().entrySet().stream().toList().reversed().forEach(e -> reversed.put(e.getKey(), e.getValue()));
        String signature = new WebhookSigner("12345").sign(URL, reversed);
        assertThat(new RequestValidator("12345").validate(URL, documentedParams(), signature)).isTrue();
    }

    @Test
    void anotherTokenSignsDifferently() {
        assertThat(new WebhookSigner("54321").sign(URL, documentedParams())).isNotEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }
}
