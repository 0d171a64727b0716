package org.interpreterline.line;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The simulator's virtual phones page in a real browser (Debian's chromium, driven by its chromedriver; nothing
 * is downloaded): finds a person's phone card and clicks what that person would click.
 */
final class PhonesPage implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private PhonesPage(ChromeDriver driver, Duration patience) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, patience, Duration.ofMillis(100));
        // an element read while the page redraws it is simply read again
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * Opens the page. Without chromium and chromium-driver the test is skipped, except on CI (CI=true), where
     * .ci/run installs them and their absence is a failure.
     */
    static PhonesPage open(String url, Path workDir, Duration patience) throws IOException {
        Path chromium = InstalledTool.CHROMIUM.path();
        Path chromedriver = InstalledTool.CHROMEDRIVER.path();
        Files.createDirectories(workDir);
        Path profileDir = Files.createTempDirectory(workDir, "profile-"); // a fresh browser every time
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profileDir.toAbsolutePath(), "--window-size=1400,2000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(workDir.resolve("chromedriver.log").toFile())
                .build();
        PhonesPage page = new PhonesPage(new ChromeDriver(service, options), patience);
        try {
            page.driver.get(url);
            page.wait.until(d -> "live".equals(d.findElement(By.cssSelector("[data-role=live]")).getText()));
            return page;
        } catch (RuntimeException e) {
            page.keepEvidence(workDir.resolve("failed-to-open"));
            page.close(); // the caller never gets the page to close
            throw e;
        }
    }

    /** What the browser showed, for whoever reads a failed test's report. */
    void keepEvidence(Path prefix) {
        try {
            Files.writeString(Path.of(prefix + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            screenshot(Path.of(prefix + ".png"));
        } catch (IOException | RuntimeException e) {
            // the test's own failure says more than this one
        }
    }

    /** The card of the phone with this number, once the page shows it. */
    WebElement card(String number) {
        return wait.until(d -> d.findElement(By.cssSelector("article[data-phone='" + number + "']")));
    }

    void click(String number, String action) {
        WebElement button = card(number).findElement(By.cssSelector("[data-action=" + action + "]"));
        wait.until(d -> button.isDisplayed() && button.isEnabled());
        button.click();
    }

    void pressKey(String number, String key) {
        WebElement button = card(number).findElement(By.cssSelector("[data-key='" + key + "']"));
        wait.until(d -> button.isDisplayed());
        button.click();
    }

    /** Types a text on this phone's card and sends it, as a person would. */
    void text(String number, String body) {
        WebElement form = card(number).findElement(By.cssSelector("[data-role=sms]"));
        WebElement input = form.findElement(By.cssSelector("input[name=body]"));
        wait.until(d -> input.isDisplayed() && input.isEnabled());
        input.sendKeys(body);
        form.findElement(By.cssSelector("[data-action=sms]")).click();
    }

    /** Waits until this phone's messages on the page show {@code fragment}. */
    void awaitInbox(String number, String fragment) {
        wait.withMessage(() -> number + "'s messages to show \"" + fragment + "\"; they show: " + inbox(number))
                .until(d -> inbox(number).contains(fragment));
    }

    /** Every message on the card, scrolled into view or not. */
    String inbox(String number) {
        return card(number).findElement(By.cssSelector("[data-role=inbox]")).getDomProperty("textContent");
    }

    /** The address of the last link among this phone's messages that contain {@code fragment}. */
    String link(String number, String fragment) {
        awaitInbox(number, fragment);
        List<WebElement> links = card(number).findElements(By.cssSelector("[data-role=inbox] a[data-role=link]"));
        if (links.isEmpty()) {
            throw new AssertionError(number + "'s messages show no link: " + inbox(number));
        }
        return links.getLast().getDomAttribute("href");
    }

    /** The browser itself, for a page the phones page links to (the language card). */
    ChromeDriver browser() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    String state(String number) {
        return card(number).getDomAttribute("data-state");
    }

    void awaitState(String number, String state) {
        wait.withMessage(() -> number + " to be " + state + " (is " + state(number) + ")")
                .until(d -> state.equals(state(number)));
    }

    /** Waits until the line, on this phone, said something containing {@code fragment} and waits for a key. */
    void awaitPrompt(String number, String fragment) {
        wait.withMessage(() -> number + " to hear \"" + fragment + "\" and be asked for a key; screen: " + screen(number))
                .until(d -> screen(number).contains(fragment)
                        && card(number).findElement(By.cssSelector("[data-role=prompt]")).isDisplayed());
    }

    /** Waits until the phone's transcript shows {@code fragment}, whatever the call is doing. */
    void awaitHeard(String number, String fragment) {
        wait.withMessage(() -> number + " to hear \"" + fragment + "\"; screen: " + screen(number))
                .until(d -> screen(number).contains(fragment));
    }

    String screen(String number) {
        return card(number).findElement(By.cssSelector("[data-role=transcript]")).getText();
    }

    /** "Connected with …" and the call's timer, as the card shows them. */
    String conference(String number) {
        List<WebElement> boxes = card(number).findElements(By.cssSelector("[data-role=conference]"));
        return boxes.isEmpty() || !boxes.getFirst().isDisplayed() ? "" : boxes.getFirst().getText();
    }

    void awaitConference(String number, String fragment) {
        awaitConference(number, "\"" + fragment + "\"", text -> text.contains(fragment));
    }

    void awaitConference(String number, String what, Predicate<String> shows) {
        wait.withMessage(() -> number + "'s card to show " + what + " (shows \"" + conference(number) + "\")")
                .until(d -> shows.test(conference(number)));
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        driver.executeScript("window.scrollTo(0, 0)");
        File taken = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(taken.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
