package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.net.http.HttpResponse;
import java.util.Map;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.junit.jupiter.api.Test;

/** A webhook whose handler throws answers 200 with TwiML (an apology and the fallback), never a 5xx. */
class FailingWebhookTest extends DispatchIntegrationTest {

    @Test
    void aStatusCallbackWhoseHandlerThrowsIsAnsweredWithAnApologyAndTheFallback() throws Exception {
        String callSid = freshSid("CA");
        doThrow(new IllegalStateException("a bug")).when(callerHangUps).hungUp(eq(callSid), any());

        HttpResponse<String> answer = webhook("/twilio/voice/status", Map.of("CallSid", callSid,
                "CallStatus", "completed", "From", freshPhone()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(answer.body()).endsWith("<Response><Say>Sorry, something went wrong on our side. Connecting you "
                + "to our partner interpreter service now.</Say><Dial>" + FALLBACK + "</Dial></Response>");
    }
}
