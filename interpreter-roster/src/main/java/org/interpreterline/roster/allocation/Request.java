package org.interpreterline.roster.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Priority;
import org.interpreterline.events.roster.RequestEscalated;

/**
 * One request as the allocator keeps it (value of {@link AllocatorTopology#REQUESTS_STORE}, key requestId).
 * Closed requests stay a day so a retried RequestOpened is recognised, then they are purged.
 *
 * @param tried       interpreters offered this request so far, in order (never offered it again)
 * @param liveOffers  offers that still stand (at most parallelRing, only while WAITING)
 * @param attempts    offers made so far (the next offer is attempt {@code attempts + 1})
 * @param escalations reasons already escalated for (each at most once)
 * @param queued      a RequestQueued was published since its last offer (not repeated while it waits)
 * @param interpreterId the interpreter who accepted (ASSIGNED and ENDED)
 * @param offerId     the offer they accepted
 * @param assignedAt  when they accepted (the call's length is counted from here)
 * @param lastOfferAt when its latest offer was made (a new round of offers starts a while after)
 * @param excused     interpreters who said they cannot take it (a conflict of interest), or who turned it down when
 *                    it was offered to them as the officer's interpreter from last time: never offered it again, not
 *                    even in a new round
 * @param preferred   the officer's interpreter from last time while the request is offered to them alone; null for
 *                    anyone (never asked for, or that first offer has ended one way or another)
 * @param preferredUntil until when it waits for {@code preferred} to be free, if they are not offered it yet
 */
public record Request(
        RequestDetails details,
        Stage stage,
        List<String> tried,
        List<String> liveOffers,
        int attempts,
        Set<RequestEscalated.Reason> escalations,
        boolean queued,
        String interpreterId,
        String offerId,
        Instant closedAt,
        Instant assignedAt,
        Instant lastOfferAt,
        List<String> excused,
        String preferred,
        Instant preferredUntil) {

    public enum Stage {
        /** Looking for an interpreter: offered, or waiting in line. */
        WAITING,
        /** An interpreter accepted; the call is on. */
        ASSIGNED,
        /** The call is over. */
        ENDED,
        CANCELLED,
        /** Sent to the fallback provider; no more offers. */
        ESCALATED
    }

    public Request {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(stage, "stage");
        tried = tried == null ? List.of() : List.copyOf(tried);
        liveOffers = liveOffers == null ? List.of() : List.copyOf(liveOffers);
        escalations = escalations == null || escalations.isEmpty() ? Set.of() : Set.copyOf(escalations);
        excused = excused == null ? List.of() : List.copyOf(excused);
    }

    static Request opened(RequestDetails details) {
        return new Request(details, Stage.WAITING, List.of(), List.of(), 0, Set.of(), false, null, null, null, null,
                null, List.of(), null, null);
    }

    public String requestId() {
        return details.requestId();
    }

    public String rosterId() {
        return details.rosterId();
    }

    /** The agency's roster it is for: who may be offered it. */
    public String roster() {
        return details.roster();
    }

    public String language() {
        return details.language();
    }

    public Priority priority() {
        return details.priority();
    }

    public boolean waiting() {
        return stage == Stage.WAITING;
    }

    public boolean triedBy(String interpreterId) {
        return tried.contains(interpreterId) || excused.contains(interpreterId);
    }

    /** Whether a new round of offers would ask anyone again: someone was tried who was not excused. */
    boolean anyoneToAskAgain() {
        return tried.stream().anyMatch(id -> !excused.contains(id));
    }

    /** They said they cannot take it (they know the person): no round of offers asks them again. */
    Request excusing(String excusedId) {
        return new Request(details, stage, plus(tried, excusedId), liveOffers, attempts, escalations, queued,
                interpreterId, offerId, closedAt, assignedAt, lastOfferAt, plus(excused, excusedId), preferred,
                preferredUntil);
    }

    /** Offered to the officer's interpreter from last time alone until {@code until} (unless they answer first). */
    Request preferring(String lastTime, Instant until) {
        return new Request(details, stage, tried, liveOffers, attempts, escalations, queued, interpreterId, offerId,
                closedAt, assignedAt, lastOfferAt, excused, lastTime, until);
    }

    /** The first offer to the interpreter from last time is over: anyone who speaks the language may be offered it. */
    /** With the flags the officer added after opening it (those it had stay). */
    Request flagged(List<CallFlag> more) {
        return new Request(details.withFlags(more), stage, tried, liveOffers, attempts, escalations, queued,
                interpreterId, offerId, closedAt, assignedAt, lastOfferAt, excused, preferred, preferredUntil);
    }

    Request forAnyone() {
        return new Request(details, stage, tried, liveOffers, attempts, escalations, queued, interpreterId, offerId,
                closedAt, assignedAt, lastOfferAt, excused, null, null);
    }

    /** Whether it is offered to the officer's interpreter from last time alone, for now. */
    boolean waitsForPreferred() {
        return preferred != null;
    }

    /** Whether {@code candidate} may be offered it while a preference stands: only the preferred interpreter. */
    boolean openTo(String candidate) {
        return preferred == null || preferred.equals(candidate);
    }

    /** Until when its call may last before it is presumed over (an older record has no assignedAt). */
    Instant callDeadline(java.time.Duration maxCall) {
        return (assignedAt != null ? assignedAt : details.openedAt()).plus(maxCall);
    }

    public boolean escalatedFor(RequestEscalated.Reason reason) {
        return escalations.contains(reason);
    }

    /** "K7Q2 (es)" for log lines: the reference people read out, and the language. */
    public String label() {
        String ref = details.reference() == null ? details.requestId() : details.reference();
        return ref + " (" + details.language() + ")";
    }

    Request offered(Offer offer) {
        return new Request(details, stage, plus(tried, offer.interpreterId()), plus(liveOffers, offer.offerId()),
                offer.attempt(), escalations, false, interpreterId, offerId, closedAt, assignedAt, offer.madeAt(),
                excused, preferred, preferredUntil);
    }

    Request offerClosed(String closedOfferId) {
        return new Request(details, stage, tried, minus(liveOffers, closedOfferId), attempts, escalations, queued,
                interpreterId, offerId, closedAt, assignedAt, lastOfferAt, excused, preferred, preferredUntil);
    }

    Request assigned(Offer accepted, Instant now) {
        return new Request(details, Stage.ASSIGNED, tried, minus(liveOffers, accepted.offerId()), attempts,
                escalations, false, accepted.interpreterId(), accepted.offerId(), closedAt, now, lastOfferAt, excused,
                preferred, preferredUntil);
    }

    /** Its interpreter left before the bridge: it waits again (they stay tried, so are not offered it again). */
    Request unassigned() {
        return new Request(details, Stage.WAITING, tried, liveOffers, attempts, escalations, false, null, null, closedAt,
                null, lastOfferAt, excused, preferred, preferredUntil);
    }

    /**
     * Every interpreter who could take it has been offered it and there is no fallback: they are asked again, a
     * while after the last offer (they may have missed it through no fault of theirs, or be free now); those who
     * were excused stay tried.
     */
    Request newRound() {
        return new Request(details, stage, excused, liveOffers, attempts, escalations, queued, interpreterId, offerId,
                closedAt, assignedAt, lastOfferAt, excused, preferred, preferredUntil);
    }

    Request closed(Stage end, Instant now) {
        return new Request(details, end, tried, liveOffers, attempts, escalations, false, interpreterId, offerId, now,
                assignedAt, lastOfferAt, excused, preferred, preferredUntil);
    }

    Request escalated(RequestEscalated.Reason reason) {
        Set<RequestEscalated.Reason> all = EnumSet.of(reason);
        all.addAll(escalations);
        return new Request(details, stage, tried, liveOffers, attempts, all, queued, interpreterId, offerId, closedAt,
                assignedAt, lastOfferAt, excused, preferred, preferredUntil);
    }

    Request inLine() {
        return new Request(details, stage, tried, liveOffers, attempts, escalations, true, interpreterId, offerId,
                closedAt, assignedAt, lastOfferAt, excused, preferred, preferredUntil);
    }

    private static List<String> plus(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        if (!copy.contains(item)) {
            copy.add(item);
        }
        return copy;
    }

    private static List<String> minus(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.remove(item);
        return copy;
    }
}
