package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Topics;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.dispatch.ResidentKey;
import org.interpreterline.events.notification.ResidentCallOutcome;
import org.interpreterline.local.process.ServiceProcess;
import org.interpreterline.platform.sealing.NumberSeal;
import org.interpreterline.platform.sealing.SealingProperties;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Bringing in the person who needs the interpreter, and keeping their number sealed: an officer bridged with an
 * interpreter texts {@code ADD <number>}; the line calls that number into the same conference, tells the officer how it
 * went (answered, busy), refuses an emergency number, and the added resident leaves with the officer. Then the privacy
 * checks: the resident's number is nowhere in clear (every topic read raw, the services' logs, their metrics, the CSV
 * export), and once the request ended its key is destroyed, so the sealed copy left in dispatch.events can no longer be
 * opened.
 */
@ExtendWith(SharedLine.class)
class AddedResidentIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final double TIME_SCALE = 4;
    /** The shared line's, generated for this run as run-local does: never a fixed key in the repository. */
    static final String MASTER_KEY = SharedLine.MASTER_KEY;
    static final String NAME = SharedLine.NAME;

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
    }

    /**
     * The same on the phones page, in a real browser: the officer types {@code ADD} on their phone's card, the
     * resident's phone rings on the page and is answered by a click, and both show the call.
     */
    @Test
    void onThePhonesPageTheOfficerTypesAdd_andTheResidentAnswersByClicking() throws Exception {
        String officer = "+14125550502";
        String interpreter = "+14125550512";
        String resident = "+14125550598";
        line.responder("Officer Warsame", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Warsame", Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(interpreter, "Hodan Ali", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(resident, "Resident on the phones page", Behaviour.MANUAL, null, null, false);
        line.availableInterpreter("Hodan Ali", interpreter, List.of("so"), 1);

        try (PhonesPage page = PhonesPage.open(line.sim.baseUrl() + "/", TARGET.resolve("added-resident-browser"),
                PATIENCE)) {
            try {
                page.text(officer, "Somali");
                page.awaitConference(officer, "Hodan Ali");

                page.text(officer, "ADD +1 412 555 0598");
                page.awaitInbox(officer, "Calling the number ending 0598 into your call");
                answersByClicking(page, resident, "Officer Warsame", "Hodan Ali");
                page.awaitInbox(officer, "The number ending 0598 answered and is joining your call");

                leaveWithTheOfficer(page, officer, resident, interpreter);
            } catch (Throwable e) {
                page.keepEvidence(TARGET.resolve("added-resident-failure"));
                throw e;
            }
        }
    }

    /**
     * {@code *} pressed while still holding for the interpreter lets the officer warn them: it takes the officer out
     * of the conference they wait in alone, which ends it, and the request must not end with it. The officer presses 1
     * (domestic violence) and is put back; the interpreter, whose phone was already ringing, hears the warning before
     * accepting, and the request still connects.
     */
    @Test
    void starPressedWhileHoldingFlagsTheCall_theRingingInterpreterIsWarned_andTheRequestStillConnects() {
        String officer = "+14125550505";
        String interpreter = "+14125550515";
        line.responder("Officer Brandt", officer, "Pittsburgh Police");
        line.sim.configurePhone(interpreter, "Irene", Behaviour.MANUAL, null, null, false);
        line.availableInterpreter("Irene", interpreter, List.of("es"), 1);

        RequestOpened opened = line.callsForSpanish(officer);
        line.sim.awaitPhone(officer, p -> p.heardText("press star to warn the interpreter"), PATIENCE);
        line.sim.awaitPhone(interpreter, p -> p.callState() == PhoneCallState.RINGING, PATIENCE);

        line.sim.press(officer, "*");
        line.sim.awaitPhone(officer, p -> p.waitingForInput() && p.heardText("To warn them, press 1"), PATIENCE);
        line.sim.press(officer, "1");
        line.sim.awaitPhone(officer, p -> p.heardText("The interpreter will be told this call may involve domestic "
                + "violence."), PATIENCE);
        line.awaitRequest(opened.requestId(), r -> r.path("flags").toString().contains("DOMESTIC_VIOLENCE"));

        line.sim.answer(interpreter);
        line.sim.awaitPhone(interpreter, p -> p.waitingForInput()
                && p.heardText("This call may involve domestic violence."), PATIENCE);
        line.sim.press(interpreter, "1");

        line.sim.awaitConference("req-" + opened.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, interpreter)), PATIENCE);
        line.awaitStatus(opened.requestId(), "CONNECTED");
        line.sim.hangup(officer);
        JsonNode ended = line.awaitStatus(opened.requestId(), "ENDED");
        assertThat(summaries(ended)).contains("flagged by the officer on the call: may involve domestic violence");
    }

    /** The keypad way on the phones page, in a real browser: the officer clicks *, the number and #. */
    @Test
    void onThePhonesPageAnOfficerWhoCalledInClicksStarAndTheNumber_andHearsThatItAnswered() throws Exception {
        String officer = "+14125550504";
        String interpreter = "+14125550514";
        String resident = "+14125550596";
        line.responder("Officer Osei", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Osei", Behaviour.MANUAL, null, null, false);
        line.sim.configurePhone(interpreter, "Marta Gil", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(resident, "Resident by keypad", Behaviour.MANUAL, null, null, false);
        line.availableInterpreter("Marta Gil", interpreter, List.of("es"), 1);

        try (PhonesPage page = PhonesPage.open(line.sim.baseUrl() + "/", TARGET.resolve("keypad-add-browser"),
                PATIENCE)) {
            try {
                page.click(officer, "dial");
                page.awaitPrompt(officer, "For Spanish, press 1");
                page.pressKey(officer, "1");
                page.awaitConference(officer, "Marta Gil");

                page.pressKey(officer, "*");
                page.awaitPrompt(officer, "To add someone to this call");
                for (String key : "4125550596#".split("")) {
                    page.pressKey(officer, key);
                }
                answersByClicking(page, resident, "Officer Osei", "Marta Gil");
                page.awaitHeard(officer, "The number ending 0 5 9 6 answered and is joining the call.");

                leaveWithTheOfficer(page, officer, resident, interpreter);
            } catch (Throwable e) {
                page.keepEvidence(TARGET.resolve("keypad-add-failure"));
                throw e;
            }
        }
    }

    /**
     * An officer who called the line adds by the keypad: {@code *}, the number, {@code #}. They hear the outcome said
     * into the call; the interpreter stays in the conference while the officer keys; and the officer's hang-up still
     * ends the call for everyone, though their seat no longer ends the conference by itself.
     */
    @Test
    void anOfficerWhoCalledInPressesStarAndKeysANumber_hearsHowItWent_andTheirHangUpEndsTheCallForAll() {
        String officer = "+14125550503";
        String interpreter = "+14125550513";
        String resident = "+14125550597";
        String busyRelative = "+14125550543";
        line.responder("Officer Novak", officer, "Pittsburgh Police");
        line.sim.configurePhone(interpreter, "Lucia", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(resident, "Resident", Behaviour.ANSWER, 300, null, false);
        line.sim.configurePhone(busyRelative, "Relative", Behaviour.BUSY, 0, null, false);
        line.availableInterpreter("Lucia", interpreter, List.of("es"), 1);

        RequestOpened opened = line.callsForSpanish(officer);
        String conference = "req-" + opened.requestId();
        line.sim.awaitConference(conference, c -> c.phoneNumbers().containsAll(List.of(officer, interpreter)),
                PATIENCE);
        line.awaitStatus(opened.requestId(), "CONNECTED");

        line.sim.press(officer, "*");
        line.sim.awaitPhone(officer, p -> p.waitingForInput() && p.heardText("To add someone to this call, enter "
                + "their number, then press pound."), PATIENCE);
        assertThat(line.sim.conference(conference).orElseThrow().phoneNumbers())
                .as("the interpreter stays while the officer keys").contains(interpreter).doesNotContain(officer);
        line.sim.press(officer, "4125550597#");
        line.sim.awaitConference(conference,
                c -> c.phoneNumbers().containsAll(List.of(officer, interpreter, resident)), PATIENCE);
        line.sim.awaitPhone(officer, p -> p.heardText("The number ending 0 5 9 7 answered and is joining the call."),
                PATIENCE);

        line.sim.press(officer, "*");
        line.sim.awaitPhone(officer, p -> p.waitingForInput(), PATIENCE);
        line.sim.press(officer, "4125550543#");
        line.sim.awaitPhone(officer, p -> p.heardText("The number ending 0 5 4 3 was busy. To try again, press star."),
                PATIENCE);
        line.sim.awaitConference(conference,
                c -> c.phoneNumbers().containsAll(List.of(officer, interpreter, resident)), PATIENCE);

        JsonNode record = line.awaitRequest(opened.requestId(), r -> summaries(r).stream()
                .anyMatch(s -> s.contains("added number ***0543 was busy")));
        assertThat(summaries(record)).contains("the officer added ***0597: calling it into the conference",
                "added number ***0597 answered and joined the conference");

        // the officer hangs up: the line ends the conference, and the interpreter and the resident leave with them
        line.sim.hangup(officer);
        line.sim.awaitConference(conference, c -> c.phoneNumbers().isEmpty(), PATIENCE);
        await().atMost(PATIENCE).until(() -> line.sim.calls().stream()
                .filter(c -> resident.equals(c.to()) || interpreter.equals(c.to()))
                .allMatch(c -> c.status() == CallStatus.COMPLETED));
        JsonNode ended = line.awaitStatus(opened.requestId(), "ENDED");
        assertThat(summaries(ended)).contains("the officer hung up: ending the conference");
    }

    @Test
    void anOfficerAddsAResident_whoJoinsTheCall_andLeavesWithTheOfficer_andTheirNumberIsNowhereInClear()
            throws Exception {
        String officer = "+14125550501";
        String interpreter = "+14125550511";
        String resident = "+14125550599";
        String busyRelative = "+14125550542";
        line.responder("Officer Diaz", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Diaz", Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(interpreter, "Rosa", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone(resident, "Resident", Behaviour.ANSWER, 300, null, false);
        line.sim.configurePhone(busyRelative, "Relative", Behaviour.BUSY, 0, null, false);
        line.availableInterpreter("Rosa", interpreter, List.of("es"), 1);
        // the shared line's counters, as they stand before this call (another test may add a resident too)
        double answered = line.notificationAdmin.metricSum("line_residents_added_total", "outcome=\"answered\"");
        double busy = line.notificationAdmin.metricSum("line_residents_added_total", "outcome=\"busy\"");
        double refused = line.dispatchAdmin.metricSum("line_residents_added_total", "outcome=\"refused\"");

        line.sim.sms(officer, "Spanish");
        RequestOpened opened = line.events.await(RequestOpened.class,
                e -> officer.equals(e.requesterPhone()) && e.channel() == Channel.SMS, PATIENCE);
        String conference = "req-" + opened.requestId();
        line.sim.awaitConference(conference, c -> c.phoneNumbers().containsAll(List.of(officer, interpreter)),
                PATIENCE);
        line.awaitStatus(opened.requestId(), "CONNECTED");

        // an emergency number is refused, and nothing is dialled
        line.sim.sms(officer, "ADD 911");
        line.sim.awaitPhone(officer, p -> p.inboxBodies().stream().anyMatch(b -> b.contains("emergency")), PATIENCE);

        line.sim.sms(officer, "ADD +1 412 555 0599");
        line.sim.awaitPhone(officer, p -> p.inboxBodies().stream()
                .anyMatch(b -> b.contains("Calling the number ending 0599 into your call")), PATIENCE);
        line.sim.awaitConference(conference,
                c -> c.phoneNumbers().containsAll(List.of(officer, interpreter, resident)), PATIENCE);
        line.sim.awaitPhone(officer, p -> p.inboxBodies().stream()
                .anyMatch(b -> b.contains("The number ending 0599 answered and is joining your call")), PATIENCE);
        assertThat(line.sim.phone(resident).heardText("This is the interpreter line. An officer and an interpreter "
                + "are on this call.")).isTrue();

        line.sim.sms(officer, "add 412-555-0542");
        line.sim.awaitPhone(officer, p -> p.inboxBodies().stream()
                .anyMatch(b -> b.contains("The number ending 0542 was busy")), PATIENCE);
        assertThat(line.sim.calls()).noneMatch(c -> "911".equals(c.to()) || "+1911".equals(c.to()));

        // while the call lasts, the sealed number opens with its key (so the check after the end can fail)
        ResidentAddRequested added = line.events.await(ResidentAddRequested.class,
                a -> a.requestId().equals(opened.requestId()) && a.maskedNumber().equals("***0599"), PATIENCE);
        NumberSeal seal = new NumberSeal(new SealingProperties(MASTER_KEY));
        Map<String, byte[]> keysNow = topics().latestValues(Topics.DISPATCH_RESIDENT_KEYS.name());
        assertThat(seal.open(key(keysNow.get(added.keyId())), added.sealedNumber())).contains(resident);

        JsonNode connected = line.awaitRequest(opened.requestId(), r -> summaries(r).stream()
                .anyMatch(s -> s.contains("added number ***0542 was busy")));
        assertThat(summaries(connected)).contains("the officer added ***0599: calling it into the conference",
                "added number ***0599 answered and joined the conference", "added resident joined the conference");
        assertThat(line.events.all(ResidentCallOutcome.class, o -> o.requestId().equals(opened.requestId())))
                .extracting(ResidentCallOutcome::outcome)
                .containsExactlyInAnyOrder(ResidentCallOutcome.Outcome.ANSWERED, ResidentCallOutcome.Outcome.BUSY);

        // the officer hangs up: the conference ends, and the resident with it
        line.sim.hangup(officer);
        line.sim.awaitConference(conference, c -> c.phoneNumbers().isEmpty(), PATIENCE);
        await().atMost(PATIENCE).until(() -> line.sim.calls().stream().filter(c -> resident.equals(c.to()))
                .allMatch(c -> c.status() == CallStatus.COMPLETED));
        line.awaitStatus(opened.requestId(), "ENDED");

        // crypto-shredding: the key's latest value is a tombstone, and the copy in the log no longer opens
        Map<String, byte[]> keysAfter = await().atMost(PATIENCE).until(
                () -> topics().latestValues(Topics.DISPATCH_RESIDENT_KEYS.name()),
                keys -> keys.containsKey(added.keyId()) && keys.get(added.keyId()) == null);
        assertThat(keysAfter).allSatisfy((keyId, value) -> assertThat(value).as(keyId).isNull());
        assertThat(seal.open(key(keysAfter.get(added.keyId())), added.sealedNumber())).isEmpty();

        assertThat(line.notificationAdmin.metricSum("line_residents_added_total", "outcome=\"answered\""))
                .isEqualTo(answered + 1);
        assertThat(line.notificationAdmin.metricSum("line_residents_added_total", "outcome=\"busy\""))
                .isEqualTo(busy + 1);
        assertThat(line.dispatchAdmin.metricSum("line_residents_added_total", "outcome=\"refused\""))
                .isEqualTo(refused + 1);

        String csv = csv();
        assertThat(csv).contains("***0599 ***0542");

        List<String> inClear = List.of("4125550599", "412 555 0599", "412-555-0599", "5550599",
                "4125550542", "412-555-0542", "5550542");
        List<String> found = new ArrayList<>();
        for (String topic : topics().names()) {
            for (byte[] value : topics().allValues(topic)) {
                String text = new String(value, StandardCharsets.UTF_8);
                inClear.stream().filter(text::contains).forEach(n -> found.add("topic " + topic + ": " + n));
            }
        }
        Path logs = Path.of(System.getProperty("line.logs", "target/line-logs"), NAME);
        for (String service : List.of("dispatch-service", "interpreter-roster", "notification-service")) {
            try (Stream<Path> files = Files.walk(logs)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(service)
                        && f.getFileName().toString().endsWith(".log")).toList()) {
                    String text = Files.readString(file);
                    inClear.stream().filter(text::contains).forEach(n -> found.add("log " + file + ": " + n));
                }
            }
        }
        for (ServiceProcess service : List.of(line.dispatch, line.roster, line.notification)) {
            String scrape = get(service.url() + "/actuator/prometheus", "text/plain");
            inClear.stream().filter(scrape::contains).forEach(n -> found.add("metrics " + service.url() + ": " + n));
        }
        inClear.stream().filter(csv::contains).forEach(n -> found.add("CSV export: " + n));
        String record = get(line.dispatch.url() + "/api/requests/" + opened.requestId(), "application/json");
        inClear.stream().filter(record::contains).forEach(n -> found.add("request record: " + n));
        assertThat(found).as("the resident's number in clear").isEmpty();
    }


    /** The added resident's phone rings on the page, is answered by a click, and shows both others on the call. */
    private static void answersByClicking(PhonesPage page, String resident, String officerName,
            String interpreterName) {
        page.awaitState(resident, "ringing");
        page.click(resident, "answer");
        page.awaitConference(resident, officerName);
        page.awaitConference(resident, interpreterName);
    }

    /** The officer hangs up on the page: the resident and the interpreter leave with them. */
    private static void leaveWithTheOfficer(PhonesPage page, String officer, String resident, String interpreter) {
        page.click(officer, "hangup");
        page.awaitState(resident, "idle");
        page.awaitState(interpreter, "idle");
    }

    private static List<String> summaries(JsonNode record) {
        return record.path("timeline").valueStream().map(s -> s.path("summary").asString()).toList();
    }

    private static ResidentKey key(byte[] value) {
        return value == null ? null
                : Topics.DISPATCH_RESIDENT_KEYS.valueSerde().deserializer().deserialize("", value);
    }

    private static RawTopics topics() {
        return new RawTopics(line.broker.bootstrapServers());
    }

    private static String csv() {
        return line.dispatchAdmin.csv("/api/requests");
    }

    private static String get(String url, String accept) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", line.dispatchAdmin.authorization()).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
