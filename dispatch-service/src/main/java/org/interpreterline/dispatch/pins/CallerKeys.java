package org.interpreterline.dispatch.pins;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The calling number as the PIN counts know it: HMAC-SHA256 of the number, so the counts in Kafka can tell two
 * calls from one number apart from calls of another without holding anyone's number. Equality is all they need.
 * <p>
 * The key is derived from the Twilio auth token: a secret every dispatch-service instance of a line already
 * shares (they must agree on the key) and that is never written to Kafka, so whoever reads the topic or the
 * store cannot hash the few billion possible numbers to find who called. Rotating the token changes every key:
 * counts start again, which costs at most one more round of guesses per number.
 */
@Component
class CallerKeys {

    private static final String ALGORITHM = "HmacSHA256";
    /** What the derived key is for: the auth token itself signs nothing here. */
    private static final String PURPOSE = "interpreter-line pin-attempts caller key v1";
    /** Twilio's From for a caller who withholds their number varies; all such callers share one count. */
    static final String WITHHELD = "withheld";

    private final SecretKeySpec key;

    @Autowired
    CallerKeys(TwilioProperties twilio) {
        this(twilio.authToken());
    }

    CallerKeys(String secret) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM),
                PURPOSE), ALGORITHM);
    }

    String of(String from) {
        String number = from == null || from.isBlank() || !from.strip().startsWith("+") ? WITHHELD : from.strip();
        return HexFormat.of().formatHex(hmac(key, number));
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
