package org.interpreterline.notification.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;

import java.net.http.HttpResponse;
import java.util.Map;
import org.interpreterline.notification.LineIntegrationTest;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.Test;

/**
 * An offer webhook that fails (a bug, a parameter that does not parse) answers 200 with TwiML, signed and served
 * by the running service: the interpreter hears an apology, never Twilio's "application error".
 */
class FailingOfferWebhookTest extends LineIntegrationTest {

    @Test
    void anOfferPromptWhoseHandlerThrowsIsAnsweredWithAnApologyAndTheFallback() throws Exception {
        doThrow(new IllegalStateException("a bug")).when(callBook).offer("o-failing");

        HttpResponse<String> answer = webhook("/twilio/offer?offerId=o-failing",
                Map.of("CallSid", "CA-failing", "AnsweredBy", "human"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(answer.body()).endsWith("<Response><Say>Sorry, something went wrong on our side. Connecting you "
                + "to our partner interpreter service now.</Say><Dial>" + FALLBACK + "</Dial></Response>");
    }

    @Test
    void aRepeatThatIsNotANumberIsAnsweredWithTwimlToo() throws Exception {
        HttpResponse<String> answer = webhook("/twilio/offer?offerId=o-any&repeat=twice", Map.of("CallSid", "CA-x"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<Say>Sorry, something went wrong on our side.");
    }

    private static HttpResponse<String> webhook(String pathAndQuery, Map<String, String> params) throws Exception {
        return SignedWebhook.post(TOKEN, PUBLIC_URL + pathAndQuery, PUBLIC_URL + pathAndQuery, params);
    }
}
