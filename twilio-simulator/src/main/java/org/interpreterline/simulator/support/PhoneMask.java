package org.interpreterline.simulator.support;

/** Phone numbers are personal data: logs show only the last four digits. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String number) {
        if (number == null || number.length() <= 4) {
            return number;
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}
