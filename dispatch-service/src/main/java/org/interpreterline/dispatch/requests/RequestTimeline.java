package org.interpreterline.dispatch.requests;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.interpreterline.events.Channel;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.CanaryRequested;
import org.interpreterline.events.dispatch.CancelTexted;
import org.interpreterline.dispatch.flags.FlagWords;
import org.interpreterline.events.dispatch.CanaryRequested;
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
 * What a supervisor reads on a request's timeline for each event: "offered to Ana Ruiz (attempt 2)",
 * "Ana Ruiz declined", "interpreter joined the conference". Never a phone number.
 */
public final class RequestTimeline {

    private final UnaryOperator<String> languageNames;

    /** @param languageNames English name of a language tag ({@code es} → {@code Spanish}) */
    public RequestTimeline(UnaryOperator<String> languageNames) {
        this.languageNames = languageNames;
    }

    public TimelineEntry entry(RequestRecord record, LineEvent event) {
        return new TimelineEntry(event.occurredAt(), event.type(), summary(record, event), event.eventId());
    }

    String summary(RequestRecord record, LineEvent event) {
        return switch (event) {
            case DispatchEvent d -> dispatch(d);
            case RosterEvent r -> roster(record, r);
            case NotificationEvent n -> notification(record, n);
            default -> event.type();
        };
    }

    private String dispatch(DispatchEvent event) {
        return switch (event) {
            case RequestOpened o -> "opened by " + channel(o.channel()) + ": " + language(o.language()) + ", "
                    + o.priority().spoken() + (o.agency() == null ? "" : ", " + o.agency())
                    + (o.requesterName() == null ? "" : " (" + o.requesterName() + ")")
                    + (o.preferredInterpreterId() == null ? ""
                    : "; the interpreter from last time (" + o.preferredInterpreterId() + ") asked for first")
                    + (o.flags().isEmpty() ? "" : "; flagged: may involve " + FlagWords.spoken(o.flags()));
            case RequestCancelled c -> "cancelled: " + switch (c.reason() == null
                    ? RequestCancelled.Reason.SUPERVISOR : c.reason()) {
                case REQUESTER_HUNG_UP -> "the requester hung up";
                case REQUESTER_TEXTED_CANCEL -> "the requester texted CANCEL";
                case SUPERVISOR -> "by a supervisor";
            };
            case PresenceRequested p -> "presence requested: " + p.requested();
            case CanaryRequested c -> "line canary: " + language(c.language());
            case CancelTexted c -> "CANCEL texted before the request was recorded";
            case ResidentAddRequested a -> "the officer added " + a.maskedNumber() + ": calling it into the conference";
            case LanguageCardChosen c -> "language card: " + language(c.language()) + " chosen";
            case LanguageCardUsed u -> "opened from a language card: the person chose " + language(u.language());
            case ToughCallReported t -> "interpreter " + t.interpreterId() + " reported a tough call";
            case RequesterHungUp h -> "the officer hung up: ending the conference";
            case RequestFlagged f -> "flagged by the officer on the call: may involve " + FlagWords.spoken(f.flags());
            case SpokenNoteRecorded n -> "the officer recorded a note for the interpreters (" + n.seconds() + " s)";
        };
    }

    private String roster(RequestRecord record, RosterEvent event) {
        return switch (event) {
            case OfferMade o -> "offered to " + name(o.interpreterName(), o.interpreterId()) + " (attempt "
                    + o.attempt() + ")";
            case OfferWithdrawn w -> "offer to " + interpreter(record, w.interpreterId()) + " withdrawn: "
                    + words(w.reason());
            case RequestQueued q -> "queued: no " + language(q.language()) + " interpreter free (position "
                    + q.position() + ")";
            case RequestAssigned a -> "assigned to " + name(a.interpreterName(), a.interpreterId());
            case RequestEscalated e -> (e.fallbackNumber() == null
                    ? "could not be escalated (no fallback provider configured), still waiting: "
                    : "escalated to the fallback provider: ") + words(e.reason());
            case InterpreterStatusChanged s -> "interpreter status " + s.current();
            case CanaryChecked c -> "line canary checked: " + c.couldBeOffered() + " could be offered";
            case SameInterpreterOutcome s -> {
                String who = "the interpreter from last time, " + name(s.interpreterName(), s.interpreterId()) + ",";
                yield switch (s.outcome()) {
                    case ACCEPTED -> who + " accepted";
                    case DECLINED -> who + " declined: offering it to anyone";
                    case CONFLICT -> who + " could not take it (conflict of interest): offering it to anyone";
                    case NOT_ANSWERED -> who + " did not answer: offering it to anyone";
                    case NOT_AVAILABLE -> who + " is not available: offering it to anyone";
                };
            }
        };
    }

    private String notification(RequestRecord record, NotificationEvent event) {
        return switch (event) {
            case OfferAnswered a -> interpreter(record, a.interpreterId()) + switch (a.answer()) {
                case ACCEPTED -> " accepted";
                case DECLINED -> " declined";
                case CONFLICT -> " could not take it (conflict of interest) and was excused";
            };
            case OfferNotAnswered n -> {
                String who = interpreter(record, n.interpreterId());
                yield switch (n.outcome()) {
                    case NO_ANSWER -> who + " did not answer";
                    case BUSY -> who + " was busy";
                    case FAILED -> "the call to " + who + " failed";
                    case VOICEMAIL -> who + "'s voicemail answered";
                    case SILENT -> who + " answered but pressed nothing";
                    case HUNG_UP -> who + " hung up";
                    case TWILIO_UNAVAILABLE -> who + " could not be rung: Twilio is failing";
                    case TWILIO_FAILED -> "the call to " + who + " failed on Twilio's side (not counted as their miss)";
                };
            }
            case ParticipantJoined j -> party(j.party()) + " joined the conference";
            case ParticipantLeft l -> party(l.party()) + " left the conference";
            case ConferenceEnded c -> "conference ended";
            case MessageSent m -> "text sent (" + words(m.purpose()) + ")";
            case MessageFailed f -> "text could not be sent (" + words(f.purpose()) + ")"
                    + (f.error() == null ? "" : ": " + f.error());
            case ResidentCallOutcome r -> "added number " + r.maskedNumber() + switch (r.outcome()) {
                case ANSWERED -> " answered and joined the conference";
                case BUSY -> " was busy";
                case NO_ANSWER -> " did not answer";
                case FAILED -> " could not be called";
            };
        };
    }

    private String language(String tag) {
        return tag == null ? "unknown language" : languageNames.apply(tag);
    }

    private static String channel(Channel channel) {
        return switch (channel) {
            case VOICE -> "call";
            case SMS -> "text";
            case API -> "API";
        };
    }

    private static String party(Party party) {
        return party == null ? "a participant" : switch (party) {
            case REQUESTER -> "requester";
            case INTERPRETER -> "interpreter";
            case RESIDENT -> "added resident";
            case RELAY -> "second interpreter";
        };
    }

    private static String interpreter(RequestRecord record, String interpreterId) {
        return record.interpreterNameOf(interpreterId).orElse(name(null, interpreterId));
    }

    private static String name(String name, String interpreterId) {
        return name != null && !name.isBlank() ? name : "interpreter " + interpreterId;
    }

    /**
     * Whether the roster escalated the request because the line could not ring anyone (Twilio failing, the breaker
     * open): then the transfer to the fallback may not get through either, and a holding caller must be told.
     */
    public static boolean escalatedForTwilio(RequestRecord record) {
        String why = words(RequestEscalated.Reason.TWILIO_UNAVAILABLE);
        return record.timeline().stream()
                .anyMatch(e -> "RequestEscalated".equals(e.event()) && e.summary() != null && e.summary().endsWith(why));
    }

    private static String words(Enum<?> value) {
        return value == null ? "unknown" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
