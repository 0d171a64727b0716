package org.interpreterline.platform.logging;

/** Phone numbers in logs show only their last four digits: enough to tell two phones apart, not to call one. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return "(none)";
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() <= 4) {
            return "***";
        }
        return "***" + digits.substring(digits.length() - 4);
    }
}
