package org.interpreterline.platform.phone;

/**
 * Phone numbers in logs show only their last four digits: enough to tell two phones apart, not to call one. The one
 * masker of the repository (services and simulator alike), so a number looks the same in every log it appears in.
 */
public final class PhoneMask {

    private PhoneMask() {
    }

    /**
     * {@code +14125550101} and {@code (412) 555-0101} both read {@code ***0101}; a number of four digits or fewer
     * (or text with no digits, such as a client name) reads {@code ***}, since all of it would be the number;
     * no number reads {@code (none)}.
     */
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

    /** The last four digits of a number or of its mask ({@code ***0199} and {@code +14125550199} read {@code 0199}). */
    public static String lastFour(String numberOrMask) {
        String digits = numberOrMask == null ? "" : numberOrMask.replaceAll("[^0-9]", "");
        return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
    }

    /** The last four digits as said on a call, one by one: {@code 0 1 9 9}. */
    public static String spokenLastFour(String numberOrMask) {
        return String.join(" ", lastFour(numberOrMask).split(""));
    }
}
