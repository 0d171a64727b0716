package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.events.InterpreterStatus;

/**
 * Requests still looking for an interpreter, in serving order: EMERGENCY before URGENT before ROUTINE
 * (the enum's order), then first come first served. Works on the live store or on an interactive query.
 */
public final class WaitingLine {

    public static final Comparator<Request> ORDER = Comparator.comparing(Request::priority)
            .thenComparing(r -> r.details().openedAt(), Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(r -> r.details().occurredAt(), Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Request::requestId);

    private final ReadOnlyKeyValueStore<String, Request> requests;

    public WaitingLine(ReadOnlyKeyValueStore<String, Request> requests) {
        this.requests = requests;
    }

    /** Waiting requests of one language on one agency's roster (being offered or not), in serving order. */
    public List<Request> waiting(String rosterId, String roster, String language) {
        return RosterStores.values(requests).stream()
                .filter(r -> r.waiting() && java.util.Objects.equals(r.rosterId(), rosterId)
                        && r.roster().equals(roster) && r.language().equals(language))
                .sorted(ORDER)
                .toList();
    }

    /**
     * 1 = served next among the waiting requests of its language. A request that is ringing someone right now
     * is not in line ahead of anyone: what an officer hears as their place counts only those still waiting.
     */
    public int position(Request request) {
        List<Request> line = waiting(request.rosterId(), request.roster(), request.language());
        int ahead = (int) line.stream()
                .filter(r -> !r.requestId().equals(request.requestId()) && r.liveOffers().isEmpty()
                        && !r.waitsForPreferred() && ORDER.compare(r, request) < 0)
                .count();
        return ahead + 1;
    }

    /**
     * The request an AVAILABLE interpreter should be offered: one they speak, have not been offered before,
     * that rings fewer than {@code parallelRing} interpreters now, and that waits for anyone or for them.
     */
    public Optional<Request> bestFor(Interpreter interpreter, int parallelRing) {
        if (interpreter.status() != InterpreterStatus.AVAILABLE) {
            return Optional.empty();
        }
        return RosterStores.values(requests).stream()
                .filter(r -> r.waiting() && Candidates.mayTake(interpreter, r))
                .filter(r -> interpreter.speaks(r.language()) && !r.triedBy(interpreter.interpreterId())
                        && r.openTo(interpreter.interpreterId()))
                .filter(r -> r.liveOffers().size() < parallelRing)
                // an officer who asked for them by name comes first: that wait is short and theirs alone
                .min(Comparator.comparing((Request r) -> !r.waitsForPreferred()).thenComparing(ORDER));
    }
}
