package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.events.roster.Memberships;

/**
 * One interpreter as the allocator keeps them (value of {@link AllocatorTopology#INTERPRETERS_STORE}).
 * Beyond the public {@link InterpreterSnapshot} it remembers what the booking rules need.
 *
 * @param offerId     the live offer they hold (only while OFFERED)
 * @param requestId   the request they are on (while ON_CALL and WRAP_UP)
 * @param wrapUpUntil when WRAP_UP ends
 * @param wish        OFFLINE or BREAK asked for during a call: applied instead of AVAILABLE when wrap-up ends
 * @param rosters     the agencies' rosters whose requests they are offered ({@link Memberships}): one interpreter,
 *                    one status, however many rosters, so nobody is booked by two at once
 */
public record Interpreter(
        String interpreterId,
        String rosterId,
        String name,
        String phone,
        List<String> languages,
        int tier,
        InterpreterStatus status,
        Instant availableSince,
        int missedInARow,
        String offerId,
        String requestId,
        Instant wrapUpUntil,
        InterpreterStatus wish,
        Instant updatedAt,
        List<String> rosters) {

    public Interpreter {
        Objects.requireNonNull(interpreterId, "interpreterId");
        languages = languages == null ? List.of() : List.copyOf(languages);
        status = status == null ? InterpreterStatus.OFFLINE : status;
        rosters = Memberships.normalized(rosterId, rosters);
    }

    /** An interpreter of the deployment's own roster only (and every one stored before several rosters). */
    public Interpreter(String interpreterId, String rosterId, String name, String phone, List<String> languages,
            int tier, InterpreterStatus status, Instant availableSince, int missedInARow, String offerId,
            String requestId, Instant wrapUpUntil, InterpreterStatus wish, Instant updatedAt) {
        this(interpreterId, rosterId, name, phone, languages, tier, status, availableSince, missedInARow, offerId,
                requestId, wrapUpUntil, wish, updatedAt, null);
    }

    /** Someone new starts OFFLINE: they (or an administrator) switch themselves on. */
    static Interpreter joined(String interpreterId, String rosterId, String name, String phone,
            List<String> languages, int tier, List<String> rosters, Instant now) {
        return new Interpreter(interpreterId, rosterId, name, phone, languages, tier, InterpreterStatus.OFFLINE,
                null, 0, null, null, null, null, now, rosters);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    /** Whether they take calls for this agency's roster. */
    public boolean belongsTo(String roster) {
        return rosters.contains(roster);
    }

    /** Name for log lines (never the phone number). */
    public String label() {
        return name == null || name.isBlank() ? interpreterId : name;
    }

    public InterpreterSnapshot snapshot() {
        return new InterpreterSnapshot(interpreterId, rosterId, name, phone, languages, tier, status, availableSince,
                missedInARow, updatedAt, rosters);
    }

    Interpreter withProfile(String newName, String newPhone, List<String> newLanguages, int newTier,
            List<String> newRosters, Instant now) {
        return new Interpreter(interpreterId, rosterId, newName, newPhone, newLanguages, newTier, status,
                availableSince, missedInARow, offerId, requestId, wrapUpUntil, wish, now, newRosters);
    }

    Interpreter offered(String newOfferId, Instant now) {
        return with(InterpreterStatus.OFFERED, availableSince, missedInARow, newOfferId, null, null, null, now);
    }

    /** The offer they held is gone; their status is the caller's next decision. */
    Interpreter offerClosed(Instant now) {
        return with(status, availableSince, missedInARow, null, requestId, wrapUpUntil, wish, now);
    }

    Interpreter available(Instant since, int missed, Instant now) {
        return with(InterpreterStatus.AVAILABLE, since, missed, null, null, null, null, now);
    }

    /** OFFLINE, BREAK or PAUSED: out of the rotation, nothing held. */
    Interpreter away(InterpreterStatus away, int missed, Instant now) {
        return with(away, availableSince, missed, null, null, null, null, now);
    }

    Interpreter onCall(String forRequest, Instant now) {
        // they answered, so the run of missed offers is over
        return with(InterpreterStatus.ON_CALL, availableSince, 0, null, forRequest, null, wish, now);
    }

    Interpreter wrappingUp(Instant until, Instant now) {
        return with(InterpreterStatus.WRAP_UP, availableSince, missedInARow, null, requestId, until, wish, now);
    }

    Interpreter wishing(InterpreterStatus newWish, Instant now) {
        return with(status, availableSince, missedInARow, offerId, requestId, wrapUpUntil, newWish, now);
    }

    private Interpreter with(InterpreterStatus newStatus, Instant since, int missed, String newOfferId,
            String newRequestId, Instant until, InterpreterStatus newWish, Instant now) {
        return new Interpreter(interpreterId, rosterId, name, phone, languages, tier, newStatus, since, missed,
                newOfferId, newRequestId, until, newWish, now, rosters);
    }
}
