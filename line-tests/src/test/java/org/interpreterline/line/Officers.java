package org.interpreterline.line;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** What an officer does on the line with a virtual phone, for scenarios beyond the keypad menu. */
final class Officers {

    private Officers() {
    }

    /** Calls the line, presses 0 and says the language. @return the call's sid */
    static String callAndSay(LineUnderTest line, String officer, String language, Duration patience) {
        String call = line.sim.dial(officer);
        line.sim.awaitPhone(officer, p -> p.waitingForInput() && p.heardText("For Spanish, press 1"), patience);
        line.sim.press(officer, "0");
        line.sim.awaitPhone(officer, p -> p.waitingForInput() && p.heardText("Say the name of the language"),
                patience);
        line.sim.say(officer, language);
        return call;
    }

    /** dispatch-service's id for the request a text opens (its RequestIds.sms): one request per MessageSid. */
    static String requestIdOfText(String messageSid) {
        return UUID.nameUUIDFromBytes(("sms:" + messageSid).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
