package org.interpreterline.dispatch.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.events.CallFlag;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;

/**
 * Everything known about one request: who asked for which language, where it stands, who interprets, and
 * a timeline of every event about it. The value of the {@code requests} store, keyed by request id.
 * <p>
 * A record can exist before its {@code RequestOpened} is read (events of several topics race a little);
 * it then has no reference yet and gets its details when the opening arrives.
 *
 * @param sameInterpreter for a request for the officer's interpreter from last time, how that first offer stands;
 *                        null for a request for anyone
 * @param flags           what the officer flagged as possibly traumatic for the interpreter; empty for none (and in
 *                        records written before flags existed)
 * @param relays          the second interpreters asked for this call ({@code ALSO}), as each stands; empty for none
 * @param roster          the agency's roster the request is for ({@code RequestOpened.roster}); null in records
 *                        written before requests named one, which are the deployment's own ({@link #rosterOr})
 */
public record RequestRecord(
        String requestId,
        String reference,
        String language,
        Channel channel,
        Priority priority,
        String agency,
        String requesterName,
        String requesterPhone,
        String requesterCallSid,
        String note,
        String conferenceName,
        RequestStatus status,
        String interpreterId,
        String interpreterName,
        Instant openedAt,
        Instant assignedAt,
        Instant connectedAt,
        Instant endedAt,
        RequestOutcome outcome,
        List<OfferTaken> offers,
        List<TimelineEntry> timeline,
        SameInterpreter sameInterpreter,
        List<CallFlag> flags,
        List<Relay> relays,
        String roster) {

    /**
     * A second interpreter of this call: a request of its own (a relay), whose interpreter joins this conference.
     */
    public record Relay(String requestId, String reference, String language, RequestStatus status,
            String interpreterId, String interpreterName) {

        static Relay of(RequestRecord relay) {
            return new Relay(relay.requestId(), relay.reference(), relay.language(), relay.status(),
                    relay.interpreterId(), relay.interpreterName());
        }
    }

    public RequestRecord {
        flags = CallFlag.normalized(flags);
        status = status == null ? RequestStatus.OPENED : status;
        offers = offers == null ? List.of() : List.copyOf(offers);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        relays = relays == null ? List.of() : List.copyOf(relays);
    }

    /** A request only known by its id so far. */
    public static RequestRecord unknown(String requestId) {
        return new Change(new RequestRecord(requestId, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null)).done();
    }

    /** The roster it is for; {@code home} (the deployment's own) for a record written before requests named one. */
    public String rosterOr(String home) {
        return roster == null ? home : roster;
    }

    /** The call this request's interpreter joins as its second one ({@code ALSO}); empty for a call of its own. */
    public Optional<String> host() {
        return org.interpreterline.events.RequestConference.relayOf(requestId, conferenceName);
    }

    /** Whether its {@code RequestOpened} has been read. */
    public boolean opened() {
        return reference != null;
    }

    public boolean saw(UUID eventId) {
        return timeline.stream().anyMatch(e -> eventId.equals(e.eventId()));
    }

    public Optional<String> interpreterNameOf(String interpreterId) {
        if (interpreterId != null && interpreterId.equals(this.interpreterId) && interpreterName != null) {
            return Optional.of(interpreterName);
        }
        return offers.stream().filter(o -> o.interpreterId().equals(interpreterId) && o.interpreterName() != null)
                .map(OfferTaken::interpreterName).reduce((first, last) -> last);
    }

    /** Opened → interpreter joined, when it got that far. */
    public Optional<Duration> timeToConnect() {
        return openedAt != null && connectedAt != null ? Optional.of(Duration.between(openedAt, connectedAt))
                : Optional.empty();
    }

    public Change change() {
        return new Change(this);
    }

    /** A copy of a record with some fields changed; records are never modified in place. */
    public static final class Change {
        private String reference;
        private String language;
        private Channel channel;
        private Priority priority;
        private String agency;
        private String requesterName;
        private String requesterPhone;
        private String requesterCallSid;
        private String note;
        private String conferenceName;
        private RequestStatus status;
        private String interpreterId;
        private String interpreterName;
        private Instant openedAt;
        private Instant assignedAt;
        private Instant connectedAt;
        private Instant endedAt;
        private RequestOutcome outcome;
        private final List<OfferTaken> offers;
        private final List<TimelineEntry> timeline;
        private final String requestId;
        private SameInterpreter sameInterpreter;
        private List<CallFlag> flags;
        private final List<Relay> relays;
        private String roster;

        private Change(RequestRecord r) {
            roster = r.roster;
            relays = new ArrayList<>(r.relays);
            flags = r.flags;
            sameInterpreter = r.sameInterpreter;
            requestId = r.requestId;
            reference = r.reference;
            language = r.language;
            channel = r.channel;
            priority = r.priority;
            agency = r.agency;
            requesterName = r.requesterName;
            requesterPhone = r.requesterPhone;
            requesterCallSid = r.requesterCallSid;
            note = r.note;
            conferenceName = r.conferenceName;
            status = r.status;
            interpreterId = r.interpreterId;
            interpreterName = r.interpreterName;
            openedAt = r.openedAt;
            assignedAt = r.assignedAt;
            connectedAt = r.connectedAt;
            endedAt = r.endedAt;
            outcome = r.outcome;
            offers = new ArrayList<>(r.offers);
            timeline = new ArrayList<>(r.timeline);
        }

        public Change details(String reference, String language, Channel channel, Priority priority, String agency,
                String requesterName, String requesterPhone, String requesterCallSid, String note,
                String conferenceName, Instant openedAt) {
            this.reference = reference;
            this.language = language;
            this.channel = channel;
            this.priority = priority;
            this.agency = agency;
            this.requesterName = requesterName;
            this.requesterPhone = requesterPhone;
            this.requesterCallSid = requesterCallSid;
            this.note = note;
            this.conferenceName = conferenceName;
            this.openedAt = openedAt;
            return this;
        }

        public Change roster(String roster) {
            this.roster = roster;
            return this;
        }

        /** The officer's note (null: without it, as a supervisor reads the request). */
        public Change note(String note) {
            this.note = note;
            return this;
        }

        public Change flags(List<CallFlag> flagged) {
            this.flags = flagged;
            return this;
        }

        public Change sameInterpreter(SameInterpreter stands) {
            this.sameInterpreter = stands;
            return this;
        }

        public Change status(RequestStatus status) {
            this.status = status;
            return this;
        }

        public Change interpreter(String id, String name) {
            this.interpreterId = id;
            this.interpreterName = name;
            return this;
        }

        public Change assignedAt(Instant at) {
            this.assignedAt = at;
            return this;
        }

        public Change connectedAt(Instant at) {
            this.connectedAt = at;
            return this;
        }

        public Change endedAt(Instant at) {
            this.endedAt = at;
            return this;
        }

        public Change outcome(RequestOutcome outcome) {
            this.outcome = outcome;
            return this;
        }

        /** How one of its relays stands now (added, or in place of what was known). */
        public Change relay(Relay relay) {
            relays.removeIf(r -> r.requestId().equals(relay.requestId()));
            relays.add(relay);
            return this;
        }

        public Change offer(OfferTaken offer) {
            offers.add(offer);
            return this;
        }

        /** Adds an entry in time order (events of different topics may be read slightly out of order). */
        public Change log(TimelineEntry entry) {
            int at = timeline.size();
            while (at > 0 && timeline.get(at - 1).at() != null && entry.at() != null
                    && timeline.get(at - 1).at().isAfter(entry.at())) {
                at--;
            }
            timeline.add(at, entry);
            return this;
        }

        public RequestRecord done() {
            return new RequestRecord(requestId, reference, language, channel, priority, agency, requesterName,
                    requesterPhone, requesterCallSid, note, conferenceName, status, interpreterId, interpreterName,
                    openedAt, assignedAt, connectedAt, endedAt, outcome, offers, timeline, sameInterpreter,
                    flags, relays, roster);
        }
    }

    /** Newest first, for lists. */
    public static final Comparator<RequestRecord> NEWEST_FIRST = Comparator.comparing(RequestRecord::openedAt,
            Comparator.nullsLast(Comparator.reverseOrder()));
}
