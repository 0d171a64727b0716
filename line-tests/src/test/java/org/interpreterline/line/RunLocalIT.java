package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.interpreterline.local.demo.DemoRoster;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.conferences.ConferenceView;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The newcomer's first command: {@code ./run-local} starts the whole line with a demo roster; a voice request goes
 * through, by the simulator's API and by clicking on the virtual phones page; Ctrl-C stops everything and leaves
 * nothing behind. One start for the class: the line takes most of a minute to start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunLocalIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final Path TARGET = Path.of("target").toAbsolutePath();

    static RunLocalProcess line;
    static SimulatorClient sim;

    @BeforeAll
    static void runLocal() throws Exception {
        Path repository = Path.of("").toAbsolutePath().getParent();
        line = RunLocalProcess.start(repository, TARGET.resolve("run-local-it"), TARGET.resolve("run-local-it.out"));
        line.awaitReady(Duration.ofMinutes(3));
        sim = SimulatorClient.forPort(line.port(8090));
    }

    @AfterAll
    static void leaveNothingRunning() {
        if (line != null) {
            line.close();
        }
    }

    @Test
    @Order(1)
    void anOfficerCallsAndTheDemoSpanishInterpreterAnswersAndAccepts() throws Exception {
        String officer = DemoRoster.OFFICERS.get(0).phone();
        String ana = DemoRoster.INTERPRETERS.get(0).phone(); // Spanish, tier 1: offered first
        assertThat(line.output()).contains("Admin API (HTTP Basic): user admin, password " + line.adminPassword());

        sim.dial(officer);
        sim.awaitPhone(officer, p -> p.waitingForInput() && p.heardText("For Spanish, press 1"), PATIENCE);
        sim.press(officer, "1");
        sim.awaitPhone(ana, p -> p.callState() == PhoneCallState.RINGING, PATIENCE);
        sim.answer(ana);
        sim.awaitPhone(ana, p -> p.waitingForInput() && p.heardText("Press 1 to accept"), PATIENCE);
        sim.press(ana, "1");

        String conference = sim.awaitPhone(officer, p -> p.conference() != null, PATIENCE).conference();
        ConferenceView both = sim.awaitConference(conference,
                c -> c.phoneNumbers().containsAll(List.of(officer, ana)), PATIENCE);
        assertThat(both.friendlyName()).startsWith("req-");
        sim.hangup(officer);
        sim.awaitPhone(ana, p -> p.callState() == PhoneCallState.IDLE, PATIENCE);
    }

    @Test
    @Order(2)
    void onThePhonesPageAMedicCallsForArabicAndTheInterpreterAnswersByClicking() throws Exception {
        String medic = DemoRoster.OFFICERS.get(1).phone();
        DemoRoster.Interpreter omar = DemoRoster.INTERPRETERS.get(2);
        assertThat(omar.languages()).containsExactly("ar");

        try (PhonesPage page = PhonesPage.open(sim.baseUrl() + "/", TARGET.resolve("phones-page-browser"), PATIENCE)) {
            try {
                callAndAnswerByClicking(page, medic, omar.phone());
            } catch (RuntimeException | AssertionError e) {
                page.keepEvidence(TARGET.resolve("phones-page-failure"));
                throw e;
            }
        }
    }

    private static void callAndAnswerByClicking(PhonesPage page, String medic, String omar) throws Exception {
        page.click(medic, "dial");
        page.awaitPrompt(medic, "For Arabic, press 2");
        page.pressKey(medic, "2");
        page.awaitState(medic, "on-hold");

        page.awaitState(omar, "ringing");
        page.click(omar, "answer");
        page.awaitPrompt(omar, "Press 1 to accept");
        page.pressKey(omar, "1");

        page.awaitConference(medic, "Connected with Omar Haddad (demo)");
        page.awaitConference(omar, "Connected with Medic Sam Kim (demo)");
        assertThat(page.state(medic)).isEqualTo("in-conference");
        assertThat(page.state(omar)).isEqualTo("in-conference");
        page.awaitConference(medic, "a running timer",
                text -> text.matches("(?s).*\\d\\d:\\d\\d") && !text.endsWith("00:00"));
        page.screenshot(TARGET.resolve("phones-page.png"));

        page.click(medic, "hangup");
        page.awaitState(medic, "idle");
        page.awaitState(omar, "idle");
    }

    @Test
    @Order(3)
    void ctrlCStopsEveryProcessItStartedAndFreesThePorts() throws Exception {
        List<ProcessHandle> tree = line.processTree();
        // the launcher, the broker, the simulator and three services (the script exec'd the launcher)
        assertThat(tree).hasSizeGreaterThanOrEqualTo(6);

        line.interrupt();

        assertThat(line.awaitExit(Duration.ofSeconds(90))).as("./run-local exits after Ctrl-C").isTrue();
        assertThat(tree).as("processes still alive").noneMatch(ProcessHandle::isAlive);
        assertThat(line.portsInUse()).as("ports still held").isEmpty();
        // services first, the broker they flush to last; none needed killing
        assertThat(line.output().lines().filter(l -> l.startsWith("  stopped ")).map(String::strip).toList())
                .containsExactly("stopped notification-service", "stopped dispatch-service",
                        "stopped interpreter-roster", "stopped twilio-simulator", "stopped kafka");
        assertThat(line.output()).doesNotContain("killing leftover process");
    }
}
