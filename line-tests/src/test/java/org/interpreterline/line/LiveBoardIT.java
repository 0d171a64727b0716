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
import java.util.List;
import java.util.Map;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.RequestQueued;
import org.interpreterline.simulator.phones.Behaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervisors' live board (issue 6) in a real browser, Debian's headless chromium: a request that waits
 * appears at once with its age ticking, and moves to "on a call" when its interpreter is bridged, without a
 * reload. Screenshots go to target/board/.
 */
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
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1600,900");
        line = LineUnderTest.start("live-board", Map.of(), 4);
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
        for (String path : List.of("/board", "/board/events")) {
            HttpResponse<Void> anonymous = http.send(HttpRequest.newBuilder(URI.create(line.dispatch.url() + path))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
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
