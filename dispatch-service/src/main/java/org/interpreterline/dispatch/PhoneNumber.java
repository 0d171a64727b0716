package org.interpreterline.dispatch;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as the line stores them: E.164 ({@code +14125550123}), because that is what Twilio sends
 * as {@code From}. Administrators may type US numbers the way they are written locally.
 */
public final class PhoneNumber {

    public static final String EXPECTED = "must be an E.164 number such as +14125550123 (or a 10-digit US number)";

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s().\\-/]");

    private PhoneNumber() {
    }

    /** {@code (412) 555-0123}, {@code 412.555.0123} and {@code 1 412 555 0123} all become {@code +14125550123}. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = PUNCTUATION.matcher(typed.strip()).replaceAll("");
        if (compact.matches("[2-9][0-9]{9}")) {
            compact = "+1" + compact;
        } else if (compact.matches("1[2-9][0-9]{9}")) {
            compact = "+" + compact;
        }
        return E164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
