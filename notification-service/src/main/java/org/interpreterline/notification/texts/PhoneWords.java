package org.interpreterline.notification.texts;

/** A phone number as a person copies it from a text: +18005550000 → "+1 800 555 0000". */
final class PhoneWords {

    private PhoneWords() {
    }

    static String readable(String e164) {
        if (e164 == null) {
            return "";
        }
        if (e164.matches("\\+1\\d{10}")) {
            return "+1 " + e164.substring(2, 5) + " " + e164.substring(5, 8) + " " + e164.substring(8);
        }
        return e164;
    }
}
