package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.simulator.phones.Behaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The supervisors' live board in a real browser, Debian's headless chromium: a request that waits
 * appears at once with its age ticking, and moves to "on a call" when its interpreter is bridged, without a
 * reload. The fuller board: a scripted day through the services and the broker shows today's figures
 * and the interpreters per language, each figure worked out by hand in the test (it runs first, so the day is its
 * own). Screenshots go to target/board/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveBoardIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final Path SCREENSHOTS = Path.of("target", "board");

    static LineUnderTest line;
    static ChromeDriver browser;

    @BeforeAll
    static void startTheLineAndABrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(InstalledTool.CHROMIUM.path().toFile());
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(InstalledTool.CHROMEDRIVER.path().toFile())
                .usingAnyFreePort()
                .build();
        Path profile = Files.createTempDirectory("board-chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1920,1080");
        // a fallback number: a request in a language nobody speaks is escalated at once
        line = LineUnderTest.start("live-board", Map.of("FALLBACK_NUMBER", "+14125550999"), 4);
        browser = new ChromeDriver(driver, options);
        // a wall screen logs in once; here every request of the page carries the supervisor's credentials
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", line.dispatchAdmin.authorization())));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (line != null) {
            line.close();
        }
    }

    @Test
    void theBoardNeedsTheAdminCredentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/board", "/board/events", "/board/figures")) {
            HttpResponse<Void> anonymous = http.send(HttpRequest.newBuilder(URI.create(line.dispatch.url() + path))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
        }
    }

    /**
     * The day: two Spanish requests connected, one cancelled by its officer while in line, one Somali request
     * escalated (nobody speaks Somali); Carla on a break, Dora available at the end.
     */
    @Test
    @Order(1)
    void aScriptedDayShowsItsFiguresAndWhoInterpretsEachLanguage() throws Exception {
        List<String> officers = List.of("+14125553111", "+14125553112", "+14125553113", "+14125553114");
        for (String officer : officers) {
            line.responder("Officer " + officer.substring(10), officer, "Pittsburgh Police");
            line.sim.configurePhone(officer, "Officer " + officer.substring(10), Behaviour.ANSWER, 200, null, false);
        }
        line.sim.configurePhone("+14125553211", "Ana Ruiz", Behaviour.ANSWER, 200, "1", false);
        line.sim.configurePhone("+14125553212", "Beto Paz", Behaviour.ANSWER, 200, "1", false);
        line.availableInterpreter("Ana Ruiz", "+14125553211", List.of("es"), 1);
        line.availableInterpreter("Beto Paz", "+14125553212", List.of("es"), 1);
        String carla = line.rosterAdmin.ok("POST", "/api/interpreters", Map.of("name", "Carla Soto",
                "phone", "+14125553213", "languages", List.of("es"), "tier", 1)).path("id").asString();
        line.rosterAdmin.ok("PUT", "/api/interpreters/" + carla + "/presence", Map.of("status", "BREAK"));

        browser.get(line.dispatch.url() + "/board");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(b -> "live".equals(text("#status")));

        JsonNode first = connectedBySms(officers.get(0));
        JsonNode second = connectedBySms(officers.get(1));
        // Ana and Beto are on calls, Carla on a break: the third waits in line, and its officer gives up
        line.sim.sms(officers.get(2), "Spanish");
        RequestOpened third = line.events.await(RequestOpened.class, e -> officers.get(2).equals(e.requesterPhone()),
                PATIENCE);
        line.events.await(RequestQueued.class, q -> q.requestId().equals(third.requestId()), PATIENCE);
        line.sim.sms(officers.get(2), "CANCEL");
        line.awaitRequest(third.requestId(), r -> "CANCELLED".equals(r.path("outcome").asString()));
        line.sim.sms(officers.get(3), "Somali");
        RequestOpened somali = line.events.await(RequestOpened.class,
                e -> officers.get(3).equals(e.requesterPhone()), PATIENCE);
        line.awaitRequest(somali.requestId(), r -> "ESCALATED".equals(r.path("outcome").asString()));
        line.sim.configurePhone("+14125553214", "Dora Lima", Behaviour.MANUAL, null, null, false);
        line.availableInterpreter("Dora Lima", "+14125553214", List.of("es"), 2);

        // by hand: 4 opened, 2 connected (2 / 4 = 50 %), 1 cancelled, 1 escalated; the median of two times to
        // connect is their mean; in Spanish 3 opened, 2 connected (2 / 3 = 67 %)
        long medianMillis = (toConnectMillis(first) + toConnectMillis(second)) / 2;
        String median = shownAsOnTheBoard(medianMillis);
        String spanish = "#language-rows tr[data-language='es']";
        String somaliRow = "#language-rows tr[data-language='so']";
        wait.until(b -> "4".equals(text("#today-opened")) && "1".equals(text("#today-escalated"))
                && text(spanish + " .available") != null && text(spanish + " .available").startsWith("1"));
        assertThat(text("#today-connected")).isEqualTo("2");
        assertThat(text("#today-fill")).isEqualTo("50%");
        assertThat(text("#today-cancelled")).isEqualTo("1");
        assertThat(text("#today-median")).isEqualTo(median);

        assertThat(text(spanish + " .language")).isEqualTo("Spanish");
        assertThat(text(spanish + " .available")).isEqualTo("1\nDora Lima");
        assertThat(text(spanish + " .busy")).isEqualTo("2"); // Ana and Beto on their calls
        assertThat(text(spanish + " .away")).isEqualTo("Break: Carla Soto");
        assertThat(text(spanish + " .opened")).isEqualTo("3");
        assertThat(text(spanish + " .fill")).isEqualTo("67%");
        assertThat(text(spanish + " .median")).isEqualTo(median);
        assertThat(text(spanish + " .escalated")).isEqualTo("0");
        assertThat(text(somaliRow + " .available")).isEqualTo("0");
        assertThat(text(somaliRow + " .opened")).isEqualTo("1");
        assertThat(text(somaliRow + " .fill")).isEqualTo("0%");
        assertThat(text(somaliRow + " .median")).isEqualTo("—");
        assertThat(text(somaliRow + " .escalated")).isEqualTo("1");
        assertThat(text("#alerts-state")).contains("not connected");
        assertThat(text("main")).doesNotContain("+1412", "412555");
        screenshot("today.png");
        browser.executeScript("document.getElementById('languages').scrollIntoView()");
        screenshot("languages.png");
        browser.executeScript("window.scrollTo(0, 0)");

        // the same figures as JSON, for a supervisor's script
        JsonNode figures = line.dispatchAdmin.ok("GET", "/board/figures", null);
        assertThat(figures.path("today").path("opened").asInt()).isEqualTo(4);
        assertThat(figures.path("today").path("connected").asInt()).isEqualTo(2);
        assertThat(figures.path("today").path("fillRate").asDouble()).isEqualTo(0.5);
        assertThat(figures.path("today").path("medianToConnectMillis").asLong()).isEqualTo(medianMillis);
    }

    @Test
    @Order(2)
    void aWaitingRequestAppearsWithItsAgeTickingAndLeavesWhenItsInterpreterJoins() throws Exception {
        String officer = "+14125553101";
        String li = "+14125553201";
        line.responder("Officer Wang", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Wang", Behaviour.ANSWER, 200, null, false);
        line.sim.configurePhone(li, "Li Wei", Behaviour.ANSWER, 200, "1", false);
        String liId = line.rosterAdmin.ok("POST", "/api/interpreters", Map.of("name", "Li Wei", "phone", li,
                "languages", List.of("zh"), "tier", 1)).path("id").asString(); // off duty for now

        browser.get(line.dispatch.url() + "/board");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(b -> "live".equals(text("#status")));
        assertThat(visible("#waiting-empty")).isTrue();

        line.sim.sms(officer, "Chinese please");
        RequestOpened opened = line.events.await(RequestOpened.class, e -> officer.equals(e.requesterPhone()),
                PATIENCE);
        line.events.await(RequestQueued.class, q -> q.requestId().equals(opened.requestId()), PATIENCE);
        String waitingRow = "#waiting-rows tr[data-reference='" + opened.reference() + "']";
        wait.until(b -> String.valueOf(text(waitingRow)).contains("In line"));
        assertThat(text(waitingRow)).contains("Chinese (Mandarin)", "Pittsburgh Police", "sms", opened.reference())
                .doesNotContain(officer, officer.substring(2));
        assertThat(text("#waiting-count")).isEqualTo("1");
        String age = text(waitingRow + " .age");
        assertThat(age).matches("\\d+:\\d\\d");
        wait.until(b -> !age.equals(text(waitingRow + " .age"))); // ticking, with no update from the server
        screenshot("waiting.png");

        line.rosterAdmin.ok("PUT", "/api/interpreters/" + liId + "/presence", Map.of("status", "AVAILABLE"));
        String onCallRow = "#on-call-rows tr[data-reference='" + opened.reference() + "'][data-stage='on_call']";
        wait.until(b -> text(onCallRow) != null);
        assertThat(text(waitingRow)).isNull();
        assertThat(text(onCallRow)).contains("Chinese (Mandarin)", "Li Wei");
        assertThat(visible("#waiting-empty")).isTrue();
        screenshot("on-call.png");
    }

    private static JsonNode connectedBySms(String officer) {
        line.sim.sms(officer, "Spanish");
        RequestOpened opened = line.events.await(RequestOpened.class, e -> officer.equals(e.requesterPhone()),
                PATIENCE);
        return line.awaitRequest(opened.requestId(), r -> "CONNECTED".equals(r.path("outcome").asString()));
    }

    /** Opened to interpreter bridged, from the request's record. */
    private static long toConnectMillis(JsonNode request) {
        return Duration.between(Instant.parse(request.path("openedAt").asString()),
                Instant.parse(request.path("connectedAt").asString())).toMillis();
    }

    /** Whole seconds under a minute, minutes:seconds above. */
    private static String shownAsOnTheBoard(long millis) {
        return millis < 60_000 ? Math.round(millis / 1000.0) + " s"
                : "%d:%02d".formatted(millis / 60_000, millis / 1000 % 60);
    }

    /**
     * The text of the element matching {@code css}, or null: read in the page in one step, since every update
     * from the server redraws the rows (an element found a moment ago may be gone).
     */
    private static String text(String css) {
        return (String) browser.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : null;", css);
    }

    private static boolean visible(String css) {
        return Boolean.TRUE.equals(browser.executeScript(
                "const e = document.querySelector(arguments[0]); return !!e && e.offsetParent !== null;", css));
    }

    private static void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
