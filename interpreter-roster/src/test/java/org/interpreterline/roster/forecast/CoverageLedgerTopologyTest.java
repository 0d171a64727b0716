package org.interpreterline.roster.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.assertj.core.groups.Tuple;
import org.interpreterline.events.Channel;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Priority;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.Rosters;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.PresenceRequested;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.PutInterpreter;
import org.interpreterline.events.roster.RosterCommand;
import org.interpreterline.roster.allocation.AllocationPolicy;
import org.interpreterline.roster.allocation.AllocatorTopology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger in the roster's own topology, next to the allocator, over four scripted weeks of November 2026 in
 * Pittsburgh: interpreters text ON, BREAK and OFF and the allocator decides their presence (its
 * InterpreterStatusChanged come back in through roster.events), requests are opened, offered and cancelled. Every
 * Tuesday a Nepali request comes at 02:10 while only Ana (Spanish, on 00:00–04:00) is on the line, and another at
 * 10:00 while Priya (Nepali, on 09:00–17:00, in the first week a break 12:00–12:30) is: the forecast finds the gap
 * at Tuesday 02:00 and nowhere else. The figures below are worked out by hand in the comments.
 */
class CoverageLedgerTopologyTest {

    private static final ZoneId PITTSBURGH = ZoneId.of("America/New_York");
    private static final ForecastSettings SETTINGS = new ForecastSettings(PITTSBURGH, 8, 4);
    /** Monday 2 November 2026, 00:00 EST. */
    private static final Instant FIRST_MONDAY = Instant.parse("2026-11-02T05:00:00Z");
    private static final String ROSTER = Rosters.DEFAULT;

    @TempDir
    Path state;
    private TopologyTestDriver driver;
    private TestInputTopic<String, DispatchEvent> dispatch;
    private TestInputTopic<String, RosterCommand> commands;
    private Instant now = FIRST_MONDAY;

    @BeforeEach
    void start() {
        Topology topology = AllocatorTopology.build(AllocationPolicy.defaults());
        new ForecastTopology(ROSTER, SETTINGS).join(topology);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "forecast-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        driver = new TopologyTestDriver(topology, props, FIRST_MONDAY);
        dispatch = driver.createInputTopic(Topics.DISPATCH_EVENTS.name(),
                Topics.DISPATCH_EVENTS.keySerde().serializer(), Topics.DISPATCH_EVENTS.valueSerde().serializer());
        commands = driver.createInputTopic(Topics.ROSTER_COMMANDS.name(),
                Topics.ROSTER_COMMANDS.keySerde().serializer(), Topics.ROSTER_COMMANDS.valueSerde().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void fourScriptedWeeksFindTheNepaliGapAtTuesdayTwoAndKeepNoNumbers() {
        join("ana", "+14125550161", "es");
        join("priya", "+14125550162", "ne");
        for (int w = 0; w < 4; w++) {
            int week = w;
            Instant tuesday = FIRST_MONDAY.plus(Duration.ofDays(7L * week + 1));
            at(tuesday, () -> presence("ana", PresenceRequested.Presence.ON));
            RequestOpened[] night = new RequestOpened[1];
            at(tuesday.plus(minutes(2 * 60 + 10)), () -> {
                night[0] = opened("ne-night-" + week, "ne");
                dispatch.pipeInput(ROSTER, night[0]);
            });
            if (week == 0) { // Twilio retried the webhook: the same opening again, counted once
                at(tuesday.plus(minutes(2 * 60 + 11)), () -> dispatch.pipeInput(ROSTER, night[0]));
            }
            at(tuesday.plus(minutes(2 * 60 + 20)), () -> cancel("ne-night-" + week));
            if (week % 2 == 0) {
                at(tuesday.plus(minutes(2 * 60 + 30)), () -> open("es-night-" + week, "es"));
                at(tuesday.plus(minutes(2 * 60 + 31)), () -> cancel("es-night-" + week));
            }
            at(tuesday.plus(minutes(4 * 60)), () -> presence("ana", PresenceRequested.Presence.OFF));
            at(tuesday.plus(minutes(9 * 60)), () -> presence("priya", PresenceRequested.Presence.ON));
            at(tuesday.plus(minutes(10 * 60)), () -> open("ne-day-" + week, "ne"));
            at(tuesday.plus(minutes(10 * 60 + 1)), () -> cancel("ne-day-" + week));
            if (week == 0) {
                at(tuesday.plus(minutes(12 * 60)), () -> presence("priya", PresenceRequested.Presence.BREAK));
                at(tuesday.plus(minutes(12 * 60 + 30)), () -> presence("priya", PresenceRequested.Presence.ON));
            }
            at(tuesday.plus(minutes(17 * 60)), () -> presence("priya", PresenceRequested.Presence.OFF));
        }
        // Monday 30 November, 12:00 EST: four complete weeks behind
        at(Instant.parse("2026-11-30T17:00:00Z"), () -> { });

        CoverageForecast forecast = CoverageForecast.of(hoursOf(null), tracks(), now, SETTINGS);

        assertThat(forecast.weeks()).isEqualTo(4);
        // Tuesday 02:00 (hour 26), Nepali: 4 requests in 4 weeks (the retried one once), nobody on: a gap
        assertThat(row(forecast, "ne", 26)).isEqualTo(row("ne", 26, 1.0, 0.0, 0.0, true));
        // Tuesday 02:00, Spanish: 2 requests in 4 weeks, Ana on the whole hour every week
        assertThat(row(forecast, "es", 26)).isEqualTo(row("es", 26, 0.5, 1.0, 1.0, false));
        // Tuesday 10:00, Nepali: 4 requests, Priya on every week (offered each, which is still on the line)
        assertThat(row(forecast, "ne", 34)).isEqualTo(row("ne", 34, 1.0, 1.0, 1.0, false));
        // Tuesday 12:00, Nepali: 3 whole hours and one half hour (the break) in 4 weeks = 3.5 / 4 = 0.875
        assertThat(row(forecast, "ne", 36).onLine()).isEqualTo(0.88);
        // Ana 00:00–04:00 (hours 24–27), Priya 09:00–17:00 (hours 33–40), nobody after
        assertThat(row(forecast, "es", 27).onLine()).isEqualTo(1.0);
        assertThat(row(forecast, "es", 28).onLine()).isZero();
        assertThat(row(forecast, "ne", 33).onLine()).isEqualTo(1.0);
        assertThat(row(forecast, "ne", 40).onLine()).isEqualTo(1.0);
        assertThat(row(forecast, "ne", 41).onLine()).isZero();
        assertThat(forecast.gaps()).extracting(CoverageForecast.Row::language, CoverageForecast.Row::hourOfWeek)
                .containsExactly(Tuple.tuple("ne", 26));

        // what the ledger keeps: counts, languages and times, no phone number, name or note
        String kept = new String(new JsonSerde<>(Object.class).serializer().serialize("", List.of(hours(),
                tracks())));
        assertThat(kept).doesNotContain("+1412", "555016", "Ana", "Priya", "domestic", "Officer");
    }

    /**
     * Two agencies' rosters: EMS's Spanish requests come at Tuesday 02:00, when only Bob (police only) is on. The line
     * has someone then; EMS does not: its own forecast finds the gap. Ana, on both rosters, counts once for the line.
     */
    @Test
    void eachRosterHasAForecastOfItsOwn_andAnInterpreterOfTwoCountsOnceForTheLine() {
        joinRosters("ana", "+14125550161", List.of(ROSTER, "ems"));
        joinRosters("bob", "+14125550163", List.of(ROSTER));
        for (int w = 0; w < 4; w++) {
            int week = w;
            Instant tuesday = FIRST_MONDAY.plus(Duration.ofDays(7L * week + 1));
            at(tuesday.plus(minutes(2 * 60)), () -> presence("bob", PresenceRequested.Presence.ON));
            at(tuesday.plus(minutes(2 * 60 + 10)), () -> dispatch.pipeInput(ROSTER, openedFor("ems",
                    "ems-night-" + week)));
            at(tuesday.plus(minutes(2 * 60 + 20)), () -> cancel("ems-night-" + week));
            at(tuesday.plus(minutes(3 * 60)), () -> presence("bob", PresenceRequested.Presence.OFF));
            at(tuesday.plus(minutes(10 * 60)), () -> presence("ana", PresenceRequested.Presence.ON));
            at(tuesday.plus(minutes(11 * 60)), () -> presence("ana", PresenceRequested.Presence.OFF));
        }
        at(Instant.parse("2026-11-30T17:00:00Z"), () -> { });

        CoverageForecast line = CoverageForecast.of(hoursOf(null), tracks(), now, SETTINGS);
        CoverageForecast ems = CoverageForecast.of(hoursOf("ems"), tracks(), now, SETTINGS);
        CoverageForecast police = CoverageForecast.of(hoursOf(ROSTER), tracks(), now, SETTINGS);

        assertThat(row(line, "es", 26)).isEqualTo(row("es", 26, 1.0, 1.0, 1.0, false));
        assertThat(row(ems, "es", 26)).isEqualTo(row("es", 26, 1.0, 0.0, 0.0, true));
        assertThat(row(police, "es", 26).onLine()).isEqualTo(1.0);
        assertThat(row(police, "es", 26).requestsPerWeek()).isZero();
        // Tuesday 10:00: Ana, on both rosters, one hour a week: once for the line, once for each roster
        assertThat(row(line, "es", 34).onLine()).isEqualTo(1.0);
        assertThat(row(ems, "es", 34).onLine()).isEqualTo(1.0);
        assertThat(row(police, "es", 34).onLine()).isEqualTo(1.0);
    }

    @Test
    void weeksOlderThanTheLookBackAreForgotten() {
        join("ana", "+14125550161", "es");
        at(FIRST_MONDAY.plus(Duration.ofHours(1)), () -> open("es-1", "es"));
        assertThat(hours()).containsKey("2026-11-02|es|1");

        // nine weeks later the week of 2 November is outside the 8-week look-back; the hourly clean-up drops it
        at(FIRST_MONDAY.plus(Duration.ofDays(9 * 7)), () -> { });

        assertThat(hours()).doesNotContainKey("2026-11-02|es|1");
    }

    private static CoverageForecast.Row row(String language, int hourOfWeek, double requests, double onLine,
            double usual, boolean gap) {
        return new CoverageForecast.Row(language, hourOfWeek, java.time.DayOfWeek.of(hourOfWeek / 24 + 1),
                hourOfWeek % 24, requests, onLine, 0, usual, gap);
    }

    private static CoverageForecast.Row row(CoverageForecast forecast, String language, int hourOfWeek) {
        return forecast.rows().stream().filter(r -> r.language().equals(language) && r.hourOfWeek() == hourOfWeek)
                .findFirst().orElseThrow();
    }

    private void at(Instant when, Runnable then) {
        driver.advanceWallClockTime(Duration.between(now, when));
        now = when;
        then.run();
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    private void join(String id, String phone, String language) {
        commands.pipeInput(ROSTER, new PutInterpreter(UUID.randomUUID(), now, ROSTER, id, id.equals("ana")
                ? "Ana Ruiz" : "Priya Gurung", phone, List.of(language), 1));
    }

    private void presence(String id, PresenceRequested.Presence presence) {
        dispatch.pipeInput(ROSTER, new PresenceRequested(UUID.randomUUID(), now, ROSTER, id, presence));
    }

    private void open(String requestId, String language) {
        dispatch.pipeInput(ROSTER, opened(requestId, language));
    }

    private RequestOpened opened(String requestId, String language) {
        return new RequestOpened(UUID.randomUUID(), now, ROSTER, requestId, requestId.substring(0, 4), language,
                Channel.VOICE, Priority.URGENT, "Pittsburgh Police", "Officer Diaz", "+14125550101", "CA" + requestId,
                "domestic call", RequestConference.nameOf(requestId));
    }

    private void cancel(String requestId) {
        dispatch.pipeInput(ROSTER, new RequestCancelled(UUID.randomUUID(), now, ROSTER, requestId,
                RequestCancelled.Reason.REQUESTER_HUNG_UP));
    }

    /** The tallies of one agency's roster (null: the line's), as the forecast reads them. */
    private Map<String, HourTally> hoursOf(String roster) {
        return CoverageLedger.talliesOf(hours(), roster);
    }

    private void joinRosters(String id, String phone, List<String> rosters) {
        commands.pipeInput(ROSTER, new PutInterpreter(UUID.randomUUID(), now, ROSTER, id, id, phone, List.of("es"), 1,
                rosters));
    }

    private RequestOpened openedFor(String roster, String requestId) {
        RequestOpened o = opened(requestId, "es");
        return new RequestOpened(o.eventId(), o.occurredAt(), o.rosterId(), o.requestId(), o.reference(),
                o.language(), o.channel(), o.priority(), o.agency(), o.requesterName(), o.requesterPhone(),
                o.requesterCallSid(), o.note(), o.conferenceName(), null, List.of(), roster);
    }

    private Map<String, HourTally> hours() {
        Map<String, HourTally> all = new TreeMap<>();
        KeyValueStore<String, HourTally> store = driver.getKeyValueStore(ForecastTopology.HOURS_STORE);
        try (KeyValueIterator<String, HourTally> it = store.all()) {
            it.forEachRemaining(kv -> all.put(kv.key, kv.value));
        }
        return all;
    }

    private List<PresenceTrack> tracks() {
        List<PresenceTrack> all = new ArrayList<>();
        KeyValueStore<String, PresenceTrack> store = driver.getKeyValueStore(ForecastTopology.PRESENCE_STORE);
        try (KeyValueIterator<String, PresenceTrack> it = store.all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }
}
