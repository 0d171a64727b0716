package org.interpreterline.roster.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.InterpreterStatusChanged;
import org.interpreterline.events.roster.PutInterpreter;
import org.interpreterline.events.roster.RemoveInterpreter;
import org.interpreterline.events.roster.RosterCommand;
import org.interpreterline.events.roster.SetAvailability;
import org.interpreterline.events.roster.SetPresence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the coverage forecast's aggregates as the roster's events go by: per week × language × hour of the week,
 * the requests opened and the time interpreters of that language were on the line ({@link HourTally}); per
 * interpreter, their languages, since when they are on the line and their declared hours ({@link PresenceTrack}).
 * Only counts are kept, never a number or a note, and weeks older than the look-back are forgotten every hour, so
 * the forecast reaches back further than the request history ({@code LINE_HISTORY_RETENTION}) without keeping it.
 * Each tally is kept for the line and again for the agency's roster it concerns ({@code ems@2026-11-02|ne|26}: an
 * interpreter of two rosters counts in each), so a roster has a forecast of its own and the line's counts everyone
 * once.
 */
final class CoverageLedger implements Processor<String, LineEvent, Void, Void> {

    /** On the line: could take a call, or is on one. A break, a pause or offline is not. */
    static final Set<InterpreterStatus> ON_THE_LINE = EnumSet.of(InterpreterStatus.AVAILABLE,
            InterpreterStatus.OFFERED, InterpreterStatus.ON_CALL, InterpreterStatus.WRAP_UP);
    /** A retried webhook publishes the same RequestOpened again; it is counted once within this long. */
    static final Duration REMEMBER_REQUESTS = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(CoverageLedger.class);

    private final String rosterId;
    private final ForecastSettings settings;
    private final LineWeek week;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, HourTally> hours;
    private KeyValueStore<String, PresenceTrack> tracks;
    private KeyValueStore<String, Long> counted;

    CoverageLedger(String rosterId, ForecastSettings settings) {
        this.rosterId = rosterId;
        this.settings = settings;
        this.week = new LineWeek(settings.timeZone());
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        hours = context.getStateStore(ForecastTopology.HOURS_STORE);
        tracks = context.getStateStore(ForecastTopology.PRESENCE_STORE);
        counted = context.getStateStore(ForecastTopology.COUNTED_REQUESTS_STORE);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, now -> forgetOld());
    }

    @Override
    public void process(Record<String, LineEvent> record) {
        LineEvent event = record.value();
        if (event == null || (event.rosterId() != null && !rosterId.equals(event.rosterId()))) {
            return; // a tombstone, or another roster's
        }
        Instant at = event.occurredAt() != null ? event.occurredAt() : Instant.ofEpochMilli(record.timestamp());
        switch (event) {
            case RequestOpened opened -> demand(opened, at);
            case InterpreterStatusChanged changed -> presence(changed, at);
            case RosterCommand command -> onCommand(command, at);
            // every other event of the three topics says nothing about demand or presence
            default -> {
            }
        }
    }

    private void onCommand(RosterCommand command, Instant at) {
        switch (command) {
            case PutInterpreter put -> {
                PresenceTrack track = track(put.interpreterId());
                if (track.onLineSince() != null) { // new languages from now on: what came before keeps the old
                    credit(track, at);
                    track = track.onLineFrom(at);
                }
                tracks.put(put.interpreterId(), track.speaking(put.languages()).belongingTo(put.rosters()));
            }
            case RemoveInterpreter remove -> {
                PresenceTrack track = tracks.get(remove.interpreterId());
                if (track != null && track.onLineSince() != null) {
                    credit(track, at);
                }
                tracks.delete(remove.interpreterId());
            }
            case SetAvailability declared -> {
                tracks.put(declared.interpreterId(), track(declared.interpreterId()).declaring(declared.hours()));
                log.info("Coverage forecast: interpreter {} declared {} stretch(es) of usual hours",
                        declared.interpreterId(), declared.hours().size());
            }
            case SetPresence set -> {
                // the allocator decides what presence follows; the forecast reads its InterpreterStatusChanged
            }
        }
    }

    private void demand(RequestOpened opened, Instant at) {
        if (counted.get(opened.requestId()) != null) {
            return;
        }
        counted.put(opened.requestId(), now());
        String key = key(week.weekOf(at), opened.language(), week.hourOfWeek(at));
        hours.put(key, tally(key).plusRequest());
        String ofRoster = ofRoster(opened.roster(), key);
        hours.put(ofRoster, tally(ofRoster).plusRequest());
    }

    private void presence(InterpreterStatusChanged changed, Instant at) {
        PresenceTrack track = track(changed.interpreterId());
        boolean wasOn = track.onLineSince() != null;
        boolean isOn = ON_THE_LINE.contains(changed.current());
        if (wasOn && !isOn) {
            credit(track, at);
            tracks.put(changed.interpreterId(), track.onLineFrom(null));
        } else if (!wasOn && isOn) {
            tracks.put(changed.interpreterId(), track.onLineFrom(at));
        }
    }

    /** Adds the time from {@code track.onLineSince()} to {@code until} to each of its languages' hours. */
    private void credit(PresenceTrack track, Instant until) {
        Instant from = later(track.onLineSince(), lookBackStart());
        week.split(from, until, (monday, hourOfWeek, millis) -> {
            for (String language : track.languages()) {
                String key = key(monday, language, hourOfWeek);
                hours.put(key, tally(key).plusOnLine(millis));
                for (String roster : track.rosters()) {
                    String ofRoster = ofRoster(roster, key);
                    hours.put(ofRoster, tally(ofRoster).plusOnLine(millis));
                }
            }
        });
    }

    private void forgetOld() {
        LocalDate oldestKept = week.weekOf(lookBackStart());
        int forgotten = deleteWhere(hours, (key, tally) -> weekOf(key).isBefore(oldestKept));
        long forgetBefore = now() - REMEMBER_REQUESTS.toMillis();
        deleteWhere(counted, (requestId, at) -> at != null && at < forgetBefore);
        if (forgotten > 0) {
            log.info("Coverage forecast: forgot {} hour tallies of weeks before {}", forgotten, oldestKept);
        }
    }

    /** Deletes the entries that match (collected first: a store is not changed under its own iterator). */
    private static <V> int deleteWhere(KeyValueStore<String, V> store, BiPredicate<String, V> old) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                if (old.test(kv.key, kv.value)) {
                    keys.add(kv.key);
                }
            }
        }
        keys.forEach(store::delete);
        return keys.size();
    }

    /** The Monday the look-back starts on: {@code lookBackWeeks} whole weeks before the current one. */
    private Instant lookBackStart() {
        return week.startOf(week.weekOf(Instant.ofEpochMilli(now())).minusWeeks(settings.lookBackWeeks()));
    }

    /** Wall-clock time of the stream thread, as the allocator reads it (tests drive it with advanceWallClockTime). */
    private long now() {
        return context.currentSystemTimeMs();
    }

    private PresenceTrack track(String interpreterId) {
        PresenceTrack track = tracks.get(interpreterId);
        return track != null ? track : PresenceTrack.UNKNOWN;
    }

    private HourTally tally(String key) {
        HourTally tally = hours.get(key);
        return tally != null ? tally : HourTally.NONE;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** {@code 2026-11-02|ne|26}: the week's Monday, the language, the hour of the week. */
    static String key(LocalDate monday, String language, int hourOfWeek) {
        return monday + "|" + language + "|" + hourOfWeek;
    }

    /** The same tally for one agency's roster. */
    static String ofRoster(String roster, String key) {
        return roster + "@" + key;
    }

    /** The roster a tally is for; null for the line's own. */
    static String rosterOf(String key) {
        int at = key.indexOf('@');
        return at < 0 ? null : key.substring(0, at);
    }

    /** The tally's key without its roster. */
    static String lineKey(String key) {
        return key.substring(key.indexOf('@') + 1);
    }

    /** The tallies of one agency's roster (null: the line's), keyed as the line's are, for the forecast to read. */
    static Map<String, HourTally> talliesOf(Map<String, HourTally> all, String roster) {
        Map<String, HourTally> of = new TreeMap<>();
        all.forEach((key, tally) -> {
            if (java.util.Objects.equals(rosterOf(key), roster)) {
                of.put(lineKey(key), tally);
            }
        });
        return of;
    }

    static LocalDate weekOf(String key) {
        String line = lineKey(key);
        return LocalDate.parse(line.substring(0, line.indexOf('|')));
    }

    static String languageOf(String key) {
        String line = lineKey(key);
        return line.substring(line.indexOf('|') + 1, line.lastIndexOf('|'));
    }

    static int hourOf(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
    }
}
