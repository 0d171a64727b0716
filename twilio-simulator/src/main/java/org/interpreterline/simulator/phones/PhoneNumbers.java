package org.interpreterline.simulator.phones;

import java.util.regex.Pattern;

/** Phones are addressed by E.164 number; "14125550123" and "+1 412-555-0123" are accepted too. */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private PhoneNumbers() {
    }

    public static String normalize(String number) {
        if (number == null) {
            throw new IllegalArgumentException("a phone number is required");
        }
        String compact = number.strip().replaceAll("[\\s().-]", "");
        if (!compact.startsWith("+")) {
            compact = "+" + compact;
        }
        if (!E164.matcher(compact).matches()) {
            throw new IllegalArgumentException("not an E.164 phone number: " + number);
        }
        return compact;
    }

    public static boolean isValid(String number) {
        try {
            normalize(number);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
