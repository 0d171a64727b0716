package org.interpreterline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.interpreterline.simulator.phones.PhoneSettings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The virtual phones page is served at the root, with its script and style, with no build step; in a real browser
 * (Debian's chromium, driven by its chromedriver, as in line-tests) a person plays a phone from its card.
 */
class PhonesPageTest extends SimulatorTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path WORK = Path.of("target", "phones-page");
    private static final String OFFICER = "+14125550166";

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootIsThePhonesPageAndItsScriptUsesTheControlApiAndTheEventStream() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/phones.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Virtual phones", "phones.js", "phones.css");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/sim/events", "/sim/phones/");
        assertThat(get("/phones.css").statusCode()).isEqualTo(200);
    }

    @Test
    void aPhoneOnACallSaysWordsFromItsCardAndTheLineHearsThem() throws Exception {
        line.respond("/twilio/voice", """
                <Response><Gather input="speech" timeout="60" action="/language"><Say>Say the language.</Say></Gather></Response>""");
        line.respond("/language", """
                <Response><Gather input="dtmf speech" timeout="60" action="/name"><Say>Say your name.</Say></Gather></Response>""");
        sim.configurePhone(OFFICER, new PhoneSettings("Dana Diaz · officer", null, null, null, false));
        ChromeDriver browser = openPage();
        try {
            WebDriverWait wait = patiently(browser);
            WebElement card = officersCard(wait);
            WebElement say = card.findElement(By.cssSelector("[data-role=say]"));
            WebElement field = say.findElement(By.cssSelector("input[name=speech]"));
            WebElement prompt = card.findElement(By.cssSelector("[data-role=prompt]"));
            WebElement screen = card.findElement(By.cssSelector("[data-role=transcript]"));
            assertThat(say.isDisplayed()).as("the Say field of a phone not on a call").isFalse();

            sim.dial(OFFICER);
            wait.withMessage(() -> "the card to show that the line listens; prompt: " + prompt.getText())
                    .until(d -> prompt.isDisplayed() && "The line is listening".equals(prompt.getText()));
            assertThat(field.getAccessibleName()).isEqualTo("Say");
            field.sendKeys("Nepali");
            say.findElement(By.cssSelector("[data-action=say]")).click();

            assertThat(line.awaitHook("/language").param("SpeechResult")).isEqualTo("Nepali");
            assertThat(field.getDomProperty("value")).as("the Say field once said").isEmpty();
            assertThat(browser.switchTo().activeElement()).as("the focus once said").isEqualTo(field);

            wait.withMessage(() -> "the line to ask for the name and listen; screen: " + screen.getText())
                    .until(d -> screen.getText().contains("Say your name.") && "The line is listening".equals(prompt.getText()));
            field.sendKeys("Dana Diaz", Keys.ENTER);

            assertThat(line.awaitHook("/name").param("SpeechResult")).isEqualTo("Dana Diaz");
            assertThat(field.getDomProperty("value")).as("the Say field once said with Enter").isEmpty();
        } catch (AssertionError | RuntimeException e) {
            keepEvidence(browser, "say");
            throw e;
        } finally {
            browser.quit();
        }
    }

    @Test
    void aPhoneCallsAndTextsTheLineNumberChosenOnItsCard() throws Exception {
        line.respond("/twilio/voice", "<Response><Say>Agency two.</Say><Hangup/></Response>");
        sim.configurePhone(OFFICER, new PhoneSettings("Dana Diaz · officer", null, null, null, false));
        ChromeDriver browser = openPage();
        try {
            WebDriverWait wait = patiently(browser);
            WebElement card = officersCard(wait);
            WebElement via = card.findElement(By.cssSelector("[data-role=via]"));
            wait.withMessage("the choice of the account's two numbers").until(d -> via.isDisplayed());
            Select to = new Select(card.findElement(By.cssSelector("[data-role=to]")));
            assertThat(to.getOptions()).extracting(o -> o.getDomProperty("value")).containsExactly(LINE, OTHER_LINE);
            assertThat(to.getFirstSelectedOption().getDomProperty("value")).as("the default choice").isEqualTo(LINE);

            to.selectByValue(OTHER_LINE);
            card.findElement(By.cssSelector("[data-action=dial]")).click();
            assertThat(line.awaitHook("/twilio/voice").param("To")).isEqualTo(OTHER_LINE);

            card.findElement(By.cssSelector("[data-role=sms] input[name=body]")).sendKeys("spanish", Keys.ENTER);
            assertThat(line.awaitHook("/twilio/sms").params()).containsEntry("To", OTHER_LINE).containsEntry("Body", "spanish");
        } catch (AssertionError | RuntimeException e) {
            keepEvidence(browser, "line-number");
            throw e;
        } finally {
            browser.quit();
        }
    }

    /**
     * The page, live. Without chromium and chromium-driver the test is skipped, except on CI (CI=true), where
     * .ci/run installs them and their absence is a failure.
     */
    private ChromeDriver openPage() throws IOException {
        for (Path tool : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(tool)) {
                String missing = tool + " is missing: apt-get install -y chromium chromium-driver";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(missing + " (CI must run this test, not skip it)");
                }
                Assumptions.abort(missing);
            }
        }
        Files.createDirectories(WORK);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(WORK, "profile-").toAbsolutePath(), "--window-size=1400,2000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(WORK.resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get("http://127.0.0.1:" + port + "/");
            new WebDriverWait(browser, WAIT, Duration.ofMillis(100))
                    .until(d -> "live".equals(d.findElement(By.cssSelector("[data-role=live]")).getText()));
            return browser;
        } catch (RuntimeException e) {
            keepEvidence(browser, "failed-to-open");
            browser.quit();
            throw e;
        }
    }

    /** What the browser showed, for whoever reads a failed test's report. */
    private static void keepEvidence(ChromeDriver browser, String name) {
        try {
            Files.writeString(WORK.resolve(name + ".html"), browser.getPageSource());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), WORK.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // the test's own failure says more than this one
        }
    }

    /** Waits on the page, looking again when it redraws a card under the test. */
    private static WebDriverWait patiently(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static WebElement officersCard(WebDriverWait wait) {
        return wait.until(d -> d.findElement(By.cssSelector("article[data-phone='" + OFFICER + "']")));
    }
}
