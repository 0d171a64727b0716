package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.interpreterline.dispatch.DispatchIntegrationTest;
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

    private static int occurrences(String text, String fragment) {
        int count = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
            count++;
        }
        return count;
    }
}
