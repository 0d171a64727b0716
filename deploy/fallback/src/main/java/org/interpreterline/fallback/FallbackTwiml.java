package org.interpreterline.fallback;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.messaging.Message;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Say;

/**
 * What Twilio plays and texts when the line itself cannot answer (its number's fallback URLs): the caller is
 * told, briefly, and connected to the fallback provider; a texter gets the provider's number. Static on purpose:
 * these documents are served by something that does not depend on the line.
 *
 * @param fallbackNumber the commercial interpreter provider (the line's {@code FALLBACK_NUMBER}), E.164
 */
public record FallbackTwiml(String fallbackNumber) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    static final String APOLOGY = "We are sorry. The interpreter line cannot take your call right now. "
            + "Connecting you to our backup interpreter service.";

    public FallbackTwiml {
        if (fallbackNumber == null || !E164.matcher(fallbackNumber).matches()) {
            throw new IllegalArgumentException("The fallback number must be an E.164 number such as +18005550199, not '"
                    + fallbackNumber + "' (FALLBACK_NUMBER)");
        }
    }

    /**
     * The apology, then the provider's phone rings with the officer's caller id; if that call ends, the caller
     * hears the number to dial themselves (said after a bridged call too, so it must hold in both cases).
     */
    public String voice() {
        return new VoiceResponse.Builder()
                .say(new Say.Builder(APOLOGY).build())
                .dial(new Dial.Builder().number(new Number.Builder(fallbackNumber).build()).build())
                .say(new Say.Builder("If you were not connected, call our backup interpreter service at "
                        + spoken(fallbackNumber) + ". Goodbye.").build())
                .build().toXml();
    }

    /** The reply to any text: the line is not answering, here is the number to call. */
    public String sms() {
        return new MessagingResponse.Builder()
                .message(new Message.Builder("The interpreter line is not answering right now. For an interpreter, "
                        + "call our backup interpreter service: " + fallbackNumber).build())
                .build().toXml();
    }

    /** Digit by digit, so text-to-speech does not read the number as an amount. */
    static String spoken(String number) {
        return number.substring(1).chars().mapToObj(Character::toString).collect(Collectors.joining(" "));
    }
}
