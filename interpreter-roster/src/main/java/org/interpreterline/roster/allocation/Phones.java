package org.interpreterline.roster.allocation;

/** Phone numbers in logs: enough to tell two apart, not enough to call anyone. */
final class Phones {

    private Phones() {
    }

    static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return "no number";
        }
        String digits = phone.strip();
        return digits.length() <= 4 ? "***" : "***" + digits.substring(digits.length() - 4);
    }
}
