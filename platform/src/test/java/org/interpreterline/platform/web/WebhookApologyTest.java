package org.interpreterline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.VoiceResponse;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.interpreterline.platform.testapp.GuardedService;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Signed webhooks whose handler throws are answered 200 with TwiML; the admin API keeps its JSON errors. */
class WebhookApologyTest {

    private static final String FALLBACK = "+18005550199";
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        service = GuardedService.start(List.of(Failing.class), "line.webhooks.fallback-number=" + FALLBACK);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aFailingVoiceWebhookApologisesAndPutsTheCallerThroughToTheFallback() throws Exception {
        HttpResponse<String> answer = webhook("/twilio/voice/failing", Map.of("CallSid", "CA1"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(answer.body()).endsWith("<Response><Say>Sorry, something went wrong on our side. Connecting you "
                + "to our partner interpreter service now.</Say><Dial>" + FALLBACK + "</Dial></Response>");
    }

    @Test
    void aFailingSmsWebhookApologisesWithTheFallbackNumber() throws Exception {
        HttpResponse<String> answer = webhook("/twilio/sms/failing", Map.of("Body", "Spanish"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).endsWith("<Response><Message>Sorry, something went wrong on our side. Please call "
                + "this number or " + FALLBACK + ".</Message></Response>");
    }

    @Test
    void aParameterThatDoesNotParseOrIsMissingIsAnsweredWithTwimlToo() throws Exception {
        for (String path : List.of("/twilio/voice/counted?attempt=two", "/twilio/voice/counted")) {
            HttpResponse<String> answer = webhook(path, Map.of("CallSid", "CA1"));

            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).contains("<Dial>" + FALLBACK + "</Dial>");
        }
    }

    @Test
    void aWebhooksOwnExceptionHandlerStillAnswersWhatItDeclares() throws Exception {
        HttpResponse<String> answer = webhook("/twilio/voice/handled", Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<Say>handled here</Say>");
    }

    @Test
    void withoutAFallbackTheCallerHearsTheApologyAndGoodbye() {
        WebhookApology apology = new WebhookApology(new WebhookFallback(""));

        assertThat(apology.apology("/twilio/voice").toXml()).endsWith("<Response><Say>Sorry, something went wrong "
                + "on our side. Please call again. Goodbye.</Say><Hangup/></Response>");
        assertThat(apology.apology("/twilio/sms").toXml()).endsWith("<Message>Sorry, something went wrong on our "
                + "side. Please call this number.</Message></Response>");
    }

    private static HttpResponse<String> webhook(String pathAndQuery, Map<String, String> params) throws Exception {
        return SignedWebhook.post(GuardedService.AUTH_TOKEN, GuardedService.PUBLIC_URL + pathAndQuery,
                "http://127.0.0.1:" + GuardedService.port(service) + pathAndQuery, params);
    }

    /** Webhooks that fail. */
    @RestController
    static class Failing {

        @PostMapping(path = {"/twilio/voice/failing", "/twilio/sms/failing"})
        String failing() {
            throw new IllegalStateException("a bug");
        }

        @PostMapping(path = "/twilio/voice/counted", produces = MediaType.APPLICATION_XML_VALUE)
        String counted(@RequestParam int attempt) {
            return "<Response/>";
        }

        @PostMapping(path = "/twilio/voice/handled", produces = MediaType.APPLICATION_XML_VALUE)
        String handled() {
            throw new UnsupportedOperationException("answered by the handler below");
        }

        @ExceptionHandler(UnsupportedOperationException.class)
        org.springframework.http.ResponseEntity<String> own(UnsupportedOperationException e) {
            return org.springframework.http.ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .body(new VoiceResponse.Builder().say(new com.twilio.twiml.voice.Say.Builder("handled here")
                            .build()).build().toXml());
        }
    }
}
