package org.interpreterline.dispatch.requests;

import java.util.Optional;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.RequestEvent;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.CanaryRequested;
import org.interpreterline.events.dispatch.CancelTexted;
import org.interpreterline.events.dispatch.RequestFlagged;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.events.dispatch.RequesterHungUp;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.notification.ConferenceEnded;
import org.interpreterline.events.notification.MessageFailed;
import org.interpreterline.events.notification.MessageSent;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.notification.OfferNotAnswered;
import org.interpreterline.events.notification.ParticipantJoined;
import org.interpreterline.events.notification.ParticipantLeft;
import org.interpreterline.events.notification.Party;
import org.interpreterline.events.notification.ResidentCallOutcome;
import org.interpreterline.events.roster.CanaryChecked;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.OfferWithdrawn;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.events.roster.RequestEscalated;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.events.roster.SameInterpreterOutcome;

/**
 * The status machine of a request: each event moves the record on (or only adds to its timeline), and back only
 * where the roster puts a request back in line (its interpreter left before the bridge). A finished request
 * (cancelled, escalated, ended) keeps its status, but for a texted one ended by an empty conference that the roster
 * then offers again; later events, such as the withdrawal of an offer that was ringing, are still written on its
 * timeline.
 */
public final class RequestStatusMachine {

    private final RequestTimeline timeline;

    public RequestStatusMachine(RequestTimeline timeline) {
        this.timeline = timeline;
    }

    /** The request an event is about, if any (presence and interpreter status are about no request). */
    public static Optional<String> requestIdOf(LineEvent event) {
        String id = switch (event) {
            case RequestEvent r -> r.requestId();
            case MessageSent m -> m.requestId();
            case MessageFailed f -> f.requestId();
            default -> null;
        };
        return Optional.ofNullable(id).filter(s -> !s.isBlank());
    }

    /**
     * The record after {@code event}; {@code record} itself when the event changes nothing (a redelivered
     * event, or a second opening of the same request).
     */
    public RequestRecord apply(RequestRecord record, LineEvent event) {
        if (record.saw(event.eventId())) {
            return record;
        }
        RequestRecord.Change change = switch (event) {
            case DispatchEvent d -> dispatch(record, d);
            case RosterEvent r -> roster(record, r);
            case NotificationEvent n -> notification(record, n);
            default -> null;
        };
        return change == null ? record : change.log(timeline.entry(record, event)).done();
    }

    private RequestRecord.Change dispatch(RequestRecord record, DispatchEvent event) {
        return switch (event) {
            case RequestOpened o -> record.opened() ? null : record.change().details(o.reference(), o.language(),
                    o.channel(), o.priority(), o.agency(), o.requesterName(), o.requesterPhone(),
                    o.requesterCallSid(), o.note(), o.conferenceName(), o.occurredAt()).flags(o.flags())
                    .roster(o.roster())
                    // the roster's outcome may be read first (another topic): it is not undone
                    .sameInterpreter(o.preferredInterpreterId() == null || record.sameInterpreter() != null
                            ? record.sameInterpreter() : SameInterpreter.ASKED);
            case RequestCancelled c -> cancel(record, c);
            case PresenceRequested p -> null;
            case CanaryRequested c -> null;
            case CancelTexted c -> null; // EarlyCancels answers it with a RequestCancelled
            case ResidentAddRequested a -> record.change(); // timeline only: the resident joins a connected call
            case LanguageCardChosen c -> null;
            // only the timeline: the request opened with RequestOpened
            case LanguageCardUsed u -> record.opened() ? record.change() : null;
            case ToughCallReported t -> null;
            case RequesterHungUp h -> record.change(); // timeline only: the conference's end ends the request
            case RequestFlagged f -> record.change().flags(CallFlag.union(record.flags(), f.flags()));
            case SpokenNoteRecorded n -> record.change(); // timeline only: the words stay at Twilio
        };
    }

    private static RequestRecord.Change cancel(RequestRecord record, RequestCancelled event) {
        RequestRecord.Change change = record.change();
        // a conference that ended before anyone joined, then the hang-up: the requester gave up, nothing failed
        boolean endedUnconnected = record.status() == RequestStatus.ENDED && record.connectedAt() == null
                && record.outcome() == RequestOutcome.FAILED;
        if (record.status().awaitingInterpreter() || endedUnconnected) {
            change.status(RequestStatus.CANCELLED).outcome(RequestOutcome.CANCELLED)
                    .endedAt(record.endedAt() == null ? event.occurredAt() : record.endedAt());
        }
        return change;
    }

    /**
     * The officer hung up (or cancelled) after the interpreter had joined: both were in the conference, so the
     * request was connected. The hang-up comes to dispatch-service straight from Twilio, the joining through
     * notification-service and Kafka, so the record can read them in the wrong order; both carry the time the line
     * heard of them from Twilio.
     */
    private static boolean joinedBeforeTheCancellation(RequestRecord record, ParticipantJoined joined) {
        return record.status() == RequestStatus.CANCELLED && record.connectedAt() == null
                && record.interpreterId() != null && record.endedAt() != null && joined.occurredAt() != null
                && !joined.occurredAt().isAfter(record.endedAt());
    }

    /** Whether the request's conference was over when this record was read (its timeline says so). */
    private static boolean conferenceEnded(RequestRecord record) {
        return record.timeline().stream().anyMatch(e -> ConferenceEnded.class.getSimpleName().equals(e.event()));
    }

    private static RequestRecord.Change roster(RequestRecord record, RosterEvent event) {
        RequestRecord.Change change = record.change();
        boolean awaiting = record.status().awaitingInterpreter();
        switch (event) {
            case OfferMade o -> {
                change.offer(new OfferTaken(o.offerId(), o.interpreterId(), o.interpreterName(), o.attempt()));
                if (awaiting || endedBeforeTheBridge(record)) {
                    unassigned(record, change).status(RequestStatus.OFFERED);
                }
            }
            case RequestQueued q -> {
                if (awaiting || endedBeforeTheBridge(record)) {
                    unassigned(record, change).status(RequestStatus.QUEUED);
                }
            }
            case RequestAssigned a -> {
                if (awaiting) {
                    change.status(RequestStatus.ASSIGNED).interpreter(a.interpreterId(), a.interpreterName())
                            .assignedAt(a.occurredAt());
                } else if (record.status() == RequestStatus.CONNECTED || record.status() == RequestStatus.ENDED) {
                    // read after the joining or the conference's end (another topic): it names who was assigned;
                    // roster.events are in order, so the last assignment read is the one who joined
                    change.interpreter(a.interpreterId(), a.interpreterName()).assignedAt(a.occurredAt());
                }
            }
            case RequestEscalated e -> {
                if (awaiting && e.fallbackNumber() != null) {
                    change.status(RequestStatus.ESCALATED).outcome(RequestOutcome.ESCALATED);
                }
            }
            case OfferWithdrawn w -> {
                // on the timeline only: the roster follows up with another offer, a queue place or an escalation
            }
            case InterpreterStatusChanged s -> {
                return null;
            }
            case CanaryChecked c -> {
                return null;
            }
            case SameInterpreterOutcome s -> change.sameInterpreter(s.outcome().accepted() ? SameInterpreter.ACCEPTED
                    : SameInterpreter.ANYONE);
        }
        return change;
    }

    /**
     * The roster offers or queues a request only while it waits: after an assignment that means the interpreter
     * left before the bridge and the request is back in line (roster.events are in order, so this holds however
     * the topics interleave).
     */
    private static RequestRecord.Change unassigned(RequestRecord record, RequestRecord.Change change) {
        boolean waitsAgain = endedBeforeTheBridge(record);
        if (waitsAgain) {
            change.endedAt(null).outcome(null);
        }
        return record.status() == RequestStatus.ASSIGNED || waitsAgain
                ? change.interpreter(null, null).assignedAt(null) : change;
    }

    /**
     * A texted request ended by its conference after it was assigned, with no interpreter ever joined: the officer
     * was called back into an empty conference (the interpreter had left before the bridge) and hung up. The
     * roster does not end a texted request that is back in line when that conference ends, so if it offers or
     * queues it after the assignment, the request waits again and the record follows (roster.events are in order:
     * such an offer comes after the assignment the record read).
     */
    private static boolean endedBeforeTheBridge(RequestRecord record) {
        return endedUnconnected(record) && record.interpreterId() != null;
    }

    /**
     * A texted request its conference ended with no interpreter in it. The roster keeps such a request in line
     * unless it was assigned at that moment, which the record may not have read yet; an interpreter joining a
     * conference of the request afterwards shows that the roster went on.
     */
    private static boolean endedUnconnected(RequestRecord record) {
        return record.status() == RequestStatus.ENDED && record.channel() != Channel.VOICE
                && record.connectedAt() == null && record.outcome() == RequestOutcome.FAILED;
    }

    private static RequestRecord.Change notification(RequestRecord record, NotificationEvent event) {
        RequestRecord.Change change = record.change();
        switch (event) {
            case ParticipantJoined j -> {
                if (j.party() == Party.INTERPRETER && (joinedBeforeTheCancellation(record, j)
                        || endedUnconnected(record)
                        || !record.status().finished() && record.status() != RequestStatus.CONNECTED)) {
                    // a conference that ended before a cancellation; a texted request waiting again has a new one
                    boolean conferenceOver = record.status() == RequestStatus.CANCELLED && conferenceEnded(record);
                    change.status(conferenceOver ? RequestStatus.ENDED : RequestStatus.CONNECTED)
                            .connectedAt(j.occurredAt()).outcome(RequestOutcome.CONNECTED)
                            .endedAt(conferenceOver ? record.endedAt() : null);
                }
            }
            case ConferenceEnded c -> {
                if (record.status().awaitingInterpreter() && record.channel() == Channel.VOICE) {
                    // the caller held in it alone, so it ended when they hung up (the roster reads it so too); the
                    // hang-up's own status callback may never come, if the instance that took it died
                    change.status(RequestStatus.CANCELLED).outcome(RequestOutcome.CANCELLED).endedAt(c.occurredAt());
                } else if (record.status() != RequestStatus.CANCELLED && record.status() != RequestStatus.ENDED
                        && record.status() != RequestStatus.ESCALATED) {
                    // (the conference of a request sent to the fallback ends when the officer is transferred out)
                    change.status(RequestStatus.ENDED).endedAt(c.occurredAt())
                            .outcome(record.outcome() == null ? RequestOutcome.FAILED : record.outcome());
                }
            }
            case OfferAnswered a -> {
                // the roster's RequestAssigned (or next offer) is what moves the request on
            }
            case OfferNotAnswered n -> {
                // an assigned interpreter who left before the bridge shows in the roster's next offer or queue place
            }
            case ParticipantLeft l -> {
                // the conference end follows
            }
            case MessageSent m -> {
                // timeline only
            }
            case MessageFailed f -> {
                // timeline only
            }
            case ResidentCallOutcome r -> {
                // timeline only
            }
        }
        return change;
    }
}
