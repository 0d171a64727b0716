package org.interpreterline.simulator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interpreterline.simulator.phones.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * The simulated account's phone numbers: the line's number first, then {@code simulator.other-line-numbers}. All of
 * them send their calls and texts to the line's webhooks, and the line may call and text from any of them.
 */
@Component
public final class AccountNumbers {

    private final String line;
    private final List<String> all;

    AccountNumbers(SimulatorProperties properties) {
        this.line = properties.lineNumber();
        Set<String> numbers = new LinkedHashSet<>(); // a number listed twice is still one number
        numbers.add(line);
        numbers.addAll(properties.otherLineNumbers());
        this.all = List.copyOf(numbers);
    }

    /** The line's own number: where a phone calls or texts when it names no number. */
    public String line() {
        return line;
    }

    /** Every number of the account, the line's first. */
    public List<String> all() {
        return all;
    }

    /** Whether {@code number} (in any spelling {@link PhoneNumbers} accepts) is one of the account's. */
    public boolean owns(String number) {
        return PhoneNumbers.isValid(number) && all.contains(PhoneNumbers.normalize(number));
    }
}
