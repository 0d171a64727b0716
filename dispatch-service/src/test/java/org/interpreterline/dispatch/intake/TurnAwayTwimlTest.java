package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.events.Priority;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.junit.jupiter.api.Test;

/** What a caller turned away hears (a number locked out of PINs, no language chosen): never silence, never a loop. */
class TurnAwayTwimlTest {

    private static final TwilioProperties TWILIO = new TwilioProperties("AC00000000000000000000000000000000",
            "token", "+14125550100", "http://127.0.0.1:8090", "https://dispatch.line.test");

    @Test
    void withAFallbackProviderTheNumberIsTransferredThere() {
        String twiml = new TurnAwayTwiml(TWILIO, props("+14125550199")).lockedOut().toXml();

        assertThat(twiml).contains("<Say>Too many wrong PINs were entered from this phone. Connecting you to our "
                + "partner interpreter service now.</Say><Dial>+14125550199</Dial>").doesNotContain("<Gather");
    }

    @Test
    void withoutOneTheCallerIsToldToCallTheirDispatcher() {
        String twiml = new TurnAwayTwiml(TWILIO, props("")).lockedOut().toXml();

        assertThat(twiml).contains("<Say>Interpreter Line. Too many wrong PINs were entered from this phone. The line "
                + "will not take a PIN from it for the next 15 minutes. Please call your dispatcher for an "
                + "interpreter. Goodbye.</Say><Hangup/>").doesNotContain("<Gather");
    }

    /** Seen in the chaos run: without a fallback a caller who never chose a language heard the menu for minutes. */
    @Test
    void aCallerWhoNeverChoseALanguageIsToldAWayOnAndGoodbyeWithoutAFallback() {
        String twiml = new TurnAwayTwiml(TWILIO, props("")).noLanguageChosen("Sorry, I could not understand which "
                + "language you need.").toXml();

        assertThat(twiml).contains("<Say>Sorry, I could not understand which language you need. Please call again, "
                + "text the language you need to this number, or call your dispatcher for an interpreter. "
                + "Goodbye.</Say><Hangup/>").doesNotContain("<Gather");
        assertThat(new TurnAwayTwiml(TWILIO, props("+14125550199")).noLanguageChosen("Sorry.").toXml())
                .contains("<Dial>+14125550199</Dial>");
    }

    private static DispatchProperties props(String fallback) {
        return new DispatchProperties("default", "http://127.0.0.1:8083", fallback, Priority.EMERGENCY,
                Priority.URGENT, DispatchProperties.UnknownCallers.PIN,
                List.of(new DispatchProperties.Agency("Pittsburgh Police", "4321")), Map.of(), Duration.ofMillis(250),
                Duration.ofSeconds(5), new DispatchProperties.PinLockout(5, Duration.ofMinutes(15),
                        Duration.ofMinutes(15)), 10);
    }
}
