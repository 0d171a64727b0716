package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.testkit.ServiceProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * While the responder directory cannot be read (dispatch-service's Streams are stopped, as during a restart)
 * the line fails closed: nobody reaches the language menu unidentified, everybody takes the PIN path, texts are
 * asked to come again. The outage is logged once, and its end once.
 */
@ExtendWith(OutputCaptureExtension.class)
class CallsDuringARestartTest extends DispatchIntegrationTest {

    private static final String NOT_READY = "Responder directory not ready: callers take the PIN path until it is";
    private static final String READY = "Responder directory ready again";

    @Autowired
    LineStreams requestRecord;

    @Test
    void callersTakeThePinPath_textsAreAskedToComeAgain_andTheOutageIsLoggedOnce(CapturedOutput output)
            throws Exception {
        String officer = freshPhone();
        registerResponder("Officer Restart", officer, "Pittsburgh Police");
        requestRecord.stop();
        try {
            String call = freshSid("CA");
            assertThat(webhook("/twilio/voice", Map.of("CallSid", call, "From", officer)).body())
                    .contains("Enter your agency PIN").doesNotContain("For Spanish, press 1");
            assertThat(webhook("/twilio/voice", Map.of("CallSid", freshSid("CA"), "From", freshPhone())).body())
                    .contains("Enter your agency PIN");
            assertThat(webhook("/twilio/voice/pin?attempt=1", Map.of("CallSid", call, "From", officer,
                    "Digits", AGENCY_PIN)).body()).contains("Thank you. For Spanish, press 1.");
            assertThat(webhook("/twilio/sms", Map.of("MessageSid", freshSid("SM"), "From", officer, "Body",
                    "Spanish")).body()).contains("The Interpreter Line is restarting. Please text again in a "
                    + "minute, or call " + FALLBACK);
            assertThat(occurrences(output.getOut(), NOT_READY)).isEqualTo(1);
            assertThat(output.getOut()).doesNotContain(READY);
        } finally {
            requestRecord.start();
            new ServiceProbe(port).awaitHealth();
        }

        assertThat(webhook("/twilio/voice", Map.of("CallSid", freshSid("CA"), "From", officer)).body())
                .contains("For Spanish, press 1");
        webhook("/twilio/voice", Map.of("CallSid", freshSid("CA"), "From", officer));
        assertThat(occurrences(output.getOut(), READY)).isEqualTo(1);
        assertThat(occurrences(output.getOut(), NOT_READY)).isEqualTo(1);
    }

    /**
     * The chaos run: a caller pressed their language while the request record could not be read (an instance was
     * taking over) and was sent back to the menu; a scripted caller pressed once and went round the menu for minutes.
     * Now they hold a moment and the same choice is taken once the record is back.
     */
    @Test
    void aCallerWhoseChoiceMeetsARestartHoldsAndTheSameChoiceIsTakenOnceTheRecordIsBack() throws Exception {
        String officer = freshPhone();
        String call = freshSid("CA");
        HttpResponse<String> held;
        requestRecord.stop();
        try {
            String menu = webhook("/twilio/voice/pin?attempt=1", Map.of("CallSid", call, "From", officer, "Digits",
                    AGENCY_PIN)).body();
            held = webhook(pathOf(attribute(menu, "action")), Map.of("CallSid", call, "From", officer, "Digits",
                    "1"));
        } finally {
            requestRecord.start();
            new ServiceProbe(port).awaitHealth();
        }

        assertThat(held.body()).contains("One moment, please.").doesNotContain("restarting");
        String again = pathOf(between(held.body(), "<Redirect method=\"POST\">", "</Redirect>"));
        assertThat(again).contains("Digits=1", "waited=1");
        assertThat(webhook(again, Map.of("CallSid", call, "From", officer)).body())
                .contains("Finding a Spanish interpreter", "<Record");
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && RequestIds.voice(call).equals(o.requestId()),
                Duration.ofSeconds(15));
        assertThat(opened.language()).isEqualTo("es");
    }

    private static String attribute(String twiml, String name) {
        return between(twiml, name + "=\"", "\"");
    }

    private static String between(String text, String before, String after) {
        int from = text.indexOf(before);
        assertThat(from).as(before + " in " + text).isNotNegative();
        from += before.length();
        return text.substring(from, text.indexOf(after, from)).replace("&amp;", "&");
    }

    /** Twilio posts to the public URL; the test posts to the same path and query on this instance. */
    private static String pathOf(String publicUrl) {
        return publicUrl.substring(publicUrl.indexOf("/twilio/"));
    }

    private static int occurrences(String text, String fragment) {
        int count = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
            count++;
        }
        return count;
    }
}
