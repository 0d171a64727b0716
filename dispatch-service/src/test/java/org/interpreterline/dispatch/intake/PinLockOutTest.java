package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Agency PINs cannot be guessed call after call: wrong PINs are counted per calling number in the line's record
 * in Kafka, and five within fifteen minutes keep that number from being asked for a PIN for fifteen minutes.
 */
class PinLockOutTest extends DispatchIntegrationTest {

    private static final String WRONG = "9999";

    @Test
    void fiveWrongPinsFromOneNumberLockItOut_andItsNextCallGoesStraightToTheFallback() throws Exception {
        String stranger = freshPhone();
        for (int call = 1; call <= 2; call++) {
            String sid = freshSid("CA");
            assertThat(webhook("/twilio/voice", Map.of("CallSid", sid, "From", stranger)).body())
                    .contains("Enter your agency PIN");
            assertThat(pin(sid, stranger, 1, WRONG).body()).contains("Sorry, that PIN is not valid.", "pin?attempt=2");
            assertThat(pin(sid, stranger, 2, WRONG).body()).contains("Please ask your agency to register");
        }

        String third = freshSid("CA");
        assertThat(webhook("/twilio/voice", Map.of("CallSid", third, "From", stranger)).body())
                .contains("Enter your agency PIN");
        HttpResponse<String> fifth = pin(third, stranger, 1, WRONG);

        assertThat(fifth.body()).contains("<Say>Too many wrong PINs were entered from this phone.")
                .contains("<Dial>" + FALLBACK + "</Dial>").doesNotContain("Enter your agency PIN");
        HttpResponse<String> sixthCall = webhook("/twilio/voice", Map.of("CallSid", freshSid("CA"), "From", stranger));
        assertThat(sixthCall.body()).contains("Too many wrong PINs were entered from this phone.")
                .contains("<Dial>" + FALLBACK + "</Dial>").doesNotContain("Enter your agency PIN", "<Gather");
    }

    @Test
    void aNumberInLockOutGetsNoGuess_notEvenTheRightPin() throws Exception {
        String stranger = freshPhone();
        String sid = freshSid("CA");
        for (int attempt = 1; attempt <= 5; attempt++) {
            pin(sid, stranger, attempt, WRONG);
        }

        HttpResponse<String> right = pin(sid, stranger, 6, AGENCY_PIN);

        assertThat(right.body()).contains("Too many wrong PINs").doesNotContain("For Spanish, press 1");
    }

    @Test
    void anotherNumberIsStillAskedForItsPin_andTheRightPinLetsItIn() throws Exception {
        String attacker = freshPhone();
        String sid = freshSid("CA");
        for (int attempt = 1; attempt <= 5; attempt++) {
            pin(sid, attacker, attempt, WRONG);
        }

        String officer = freshPhone();
        String officersCall = freshSid("CA");
        assertThat(webhook("/twilio/voice", Map.of("CallSid", officersCall, "From", officer)).body())
                .contains("Enter your agency PIN");
        assertThat(pin(officersCall, officer, 1, AGENCY_PIN).body()).contains("Thank you. For Spanish, press 1.");
    }

    private HttpResponse<String> pin(String callSid, String from, int attempt, String digits) throws Exception {
        return webhook("/twilio/voice/pin?attempt=" + attempt, Map.of("CallSid", callSid, "From", from,
                "Digits", digits));
    }
}
