package org.interpreterline.line;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;

/**
 * Checks the line's bookings against the whole event log, as an auditor would: the roster's offers against the
 * telephony facts notification-service reported and the roster's own withdrawals. All services run on one machine,
 * so their clocks agree; times are compared to the millisecond (Kafka Streams' clock has no finer grain).
 */
final class BookingAudit {

    private final List<LineEvent> events;

    BookingAudit(EventLog log) {
        this.events = log.entries().stream().map(EventLog.Entry::event).toList();
    }

    /**
     * Offers made to an interpreter who was still holding another offer, or still on the call of an offer they
     * accepted: an offer is over when it is answered, not answered or withdrawn; a call when its conference ended
     * or the roster released them from it.
     */
    List<String> overlappingOffers() {
        Map<String, Instant> offerOver = new HashMap<>();
        of(OfferAnswered.class).forEach(a -> earliest(offerOver, a.offerId(), a.occurredAt()));
        of(OfferNotAnswered.class).forEach(n -> earliest(offerOver, n.offerId(), n.occurredAt()));
        of(OfferWithdrawn.class).forEach(w -> earliest(offerOver, w.offerId(), w.occurredAt()));
        Map<String, RequestAssigned> assignedByOffer = new HashMap<>();
        of(RequestAssigned.class).forEach(a -> assignedByOffer.put(a.offerId(), a));
        Map<String, Instant> conferenceEnded = new HashMap<>();
        of(ConferenceEnded.class).forEach(e -> earliest(conferenceEnded, e.requestId(), e.occurredAt()));

        List<String> problems = new ArrayList<>();
        Map<String, List<OfferMade>> byInterpreter = new HashMap<>();
        of(OfferMade.class).forEach(o -> byInterpreter.computeIfAbsent(o.interpreterId(), k -> new ArrayList<>()).add(o));
        byInterpreter.forEach((interpreterId, offers) -> {
            offers.sort(Comparator.comparing(OfferMade::occurredAt));
            for (int i = 0; i + 1 < offers.size(); i++) {
                OfferMade previous = offers.get(i);
                OfferMade next = offers.get(i + 1);
                Instant free = offerOver.get(previous.offerId());
                if (free == null) {
                    problems.add(interpreterId + " offered request " + next.requestId() + " while offer "
                            + previous.offerId() + " was never answered nor withdrawn");
                    continue;
                }
                RequestAssigned assigned = assignedByOffer.get(previous.offerId());
                if (assigned != null) {
                    Optional<Instant> callOver = Stream.of(Optional.ofNullable(conferenceEnded.get(assigned.requestId())),
                            releasedFromCall(interpreterId, assigned.occurredAt()))
                            .flatMap(Optional::stream).min(Comparator.naturalOrder());
                    if (callOver.isEmpty()) {
                        problems.add(interpreterId + " offered request " + next.requestId() + " while on the call "
                                + "of request " + assigned.requestId() + ", which never ended");
                        continue;
                    }
                    free = later(free, callOver.get());
                }
                if (ms(next.occurredAt()).isBefore(ms(free))) {
                    problems.add(interpreterId + " offered request " + next.requestId() + " at " + next.occurredAt()
                            + " but was busy with request " + previous.requestId() + " until " + free);
                }
            }
        });
        return problems;
    }

    /**
     * Requests assigned again while an earlier assignment still held: one is given up only when its interpreter's
     * call ended before the bridge (notification-service reports that offer not answered after all).
     */
    List<String> doubleAssignments() {
        Set<String> leftBeforeTheBridge = ids(of(OfferNotAnswered.class).map(OfferNotAnswered::offerId));
        Map<String, List<RequestAssigned>> byRequest = new HashMap<>();
        of(RequestAssigned.class).forEach(a -> byRequest.computeIfAbsent(a.requestId(), k -> new ArrayList<>()).add(a));
        return byRequest.entrySet().stream()
                .filter(e -> e.getValue().subList(0, e.getValue().size() - 1).stream()
                        .anyMatch(earlier -> !leftBeforeTheBridge.contains(earlier.offerId())))
                .map(Map.Entry::getKey).toList();
    }

    /** Requests assigned more than once (each earlier interpreter left before the bridge). */
    long reassigned() {
        return of(RequestAssigned.class).collect(java.util.stream.Collectors.groupingBy(RequestAssigned::requestId,
                java.util.stream.Collectors.counting())).values().stream().filter(n -> n > 1).count();
    }

    /** Of these requests, those neither assigned nor cancelled. */
    List<String> unfinished(Set<String> requestIds) {
        Set<String> assigned = ids(of(RequestAssigned.class).map(RequestAssigned::requestId));
        Set<String> cancelled = ids(of(RequestCancelled.class).map(RequestCancelled::requestId));
        return requestIds.stream().filter(id -> !assigned.contains(id) && !cancelled.contains(id)).sorted().toList();
    }

    /** Each interpreter's status after the last change the roster published. */
    Map<String, InterpreterStatus> lastStatuses() {
        Map<String, InterpreterStatus> last = new HashMap<>();
        of(InterpreterStatusChanged.class).forEach(s -> last.put(s.interpreterId(), s.current()));
        return last;
    }

    /** How many times the roster let someone off a call because no end of it was heard in time. */
    long callsPresumedOver() {
        return of(InterpreterStatusChanged.class).filter(s -> s.reason() != null
                && s.reason().startsWith("no end of call heard")).count();
    }

    <T extends LineEvent> Stream<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    private Optional<Instant> releasedFromCall(String interpreterId, Instant since) {
        return of(InterpreterStatusChanged.class)
                .filter(s -> s.interpreterId().equals(interpreterId) && s.previous() == InterpreterStatus.ON_CALL
                        && !ms(s.occurredAt()).isBefore(ms(since)))
                .map(InterpreterStatusChanged::occurredAt).min(Comparator.naturalOrder());
    }

    private static void earliest(Map<String, Instant> map, String key, Instant at) {
        map.merge(key, at, (a, b) -> a.isBefore(b) ? a : b);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant ms(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(java.util.stream.Collectors.toSet());
    }
}
