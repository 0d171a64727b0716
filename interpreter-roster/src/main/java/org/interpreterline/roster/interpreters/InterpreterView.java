package org.interpreterline.roster.interpreters;

import java.time.Instant;
import java.util.List;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.roster.allocation.Interpreter;

/** An interpreter as the admin API shows them. */
public record InterpreterView(
        String id,
        String name,
        String phone,
        List<String> languages,
        int tier,
        InterpreterStatus status,
        Instant availableSince,
        int missedInARow,
        List<String> rosters) {

    static InterpreterView of(Interpreter i) {
        return new InterpreterView(i.interpreterId(), i.name(), i.phone(), i.languages(), i.tier(), i.status(),
                i.availableSince(), i.missedInARow(), i.rosters());
    }
}
