package org.interpreterline.platform.phone;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as Twilio sends them: E.164 ({@code +14125550101}). Administrators type numbers every way,
 * so a US number written {@code (412) 555-0101} or {@code 412-555-0101} is accepted and normalised.
 */
public final class E164 {

    /** What an admin API says about a number it cannot use. */
    public static final String EXPECTED = "must be an E.164 number such as +14125550123 (or a 10-digit US number)";

    private static final Pattern VALID = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private E164() {
    }

    /** The number in E.164, or empty when it cannot be one. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        String digits = trimmed.replaceAll("[\\s().\\-]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (!digits.startsWith("+")) {
            if (digits.matches("[2-9][0-9]{9}")) {
                digits = "+1" + digits; // a North American number without its country code
            } else if (digits.matches("1[2-9][0-9]{9}")) {
                digits = "+" + digits;
            }
        }
        return VALID.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    public static boolean valid(String number) {
        return number != null && VALID.matcher(number).matches();
    }
}
