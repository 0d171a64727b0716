package org.interpreterline.dispatch.residents;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.interpreterline.platform.phone.E164;

/**
 * Which numbers an officer may have the line call into their call ({@code ADD <number>}): a full phone number that
 * normalises to E.164, never an emergency or short code (911, 112, 999, any code of 3 to 6 digits, star codes) and
 * never a premium-rate number (+1 900, +1 976 and the premium ranges of the countries below), which would cost the
 * city money or tie up an emergency line. A refusal says why, in words an officer reads at a glance.
 */
public final class AddableNumbers {

    /** The longest a short code is; anything longer that is not a full number is refused as not a number. */
    static final int SHORT_CODE_MAX_DIGITS = 6;

    /**
     * Premium-rate and pay-per-minute ranges, as E.164 prefixes: North America's 900 and 976, the UK's 09 and 087,
     * Germany's 0900 and 0137, France's 089, Australia's 190, Ireland's 15, Spain's 803/806/807, Italy's 89.
     */
    static final List<String> PREMIUM_PREFIXES = List.of("+1900", "+1976", "+449", "+4487", "+49900", "+49137",
            "+3389", "+61190", "+35315", "+34803", "+34806", "+34807", "+3989");

    /** What {@link #check} decided. */
    public sealed interface Verdict {
    }

    /** The line may call it. */
    public record Callable(String e164) implements Verdict {
    }

    /**
     * The line will not call it.
     *
     * @param reason the officer's answer, a sentence
     */
    public record Refused(Reason why, String reason) implements Verdict {
    }

    private static final Pattern NANP = Pattern.compile("\\+1[2-9][0-9]{2}[2-9][0-9]{6}");

    public enum Reason { NOT_A_NUMBER, SHORT_CODE, PREMIUM }

    private AddableNumbers() {
    }

    public static Verdict check(String typed) {
        String text = typed == null ? "" : typed.strip();
        String digits = text.replaceAll("[^0-9]", "");
        if (text.startsWith("*") || text.startsWith("#")
                || !digits.isEmpty() && digits.length() <= SHORT_CODE_MAX_DIGITS) {
            return new Refused(Reason.SHORT_CODE, "The line cannot add emergency numbers or short codes. For an "
                    + "emergency, call 911 yourself.");
        }
        Optional<String> e164 = E164.normalise(text);
        if (e164.isEmpty() || !text.matches("[+0-9 ().\\-]+")) {
            return new Refused(Reason.NOT_A_NUMBER, "That is not a full phone number. Text ADD and the number with its"
                    + " area code, such as ADD 412 555 0199.");
        }
        String number = e164.get();
        if (number.startsWith("+1") && !NANP.matcher(number).matches()) {
            // a North American number is ten digits after the +1, area code and exchange not starting 0 or 1
            return new Refused(Reason.NOT_A_NUMBER, "That is not a full phone number. Text ADD and the number with its"
                    + " area code, such as ADD 412 555 0199.");
        }
        if (PREMIUM_PREFIXES.stream().anyMatch(number::startsWith)) {
            return new Refused(Reason.PREMIUM, "The line cannot call premium-rate numbers.");
        }
        if (number.startsWith("+1") && number.length() == 12 && number.substring(3, 5).equals("11")) {
            // N11 is never an area code: 211, 311, 411, 911 ...
            return new Refused(Reason.SHORT_CODE, "The line cannot add emergency numbers or short codes. For an "
                    + "emergency, call 911 yourself.");
        }
        return new Callable(number);
    }
}
