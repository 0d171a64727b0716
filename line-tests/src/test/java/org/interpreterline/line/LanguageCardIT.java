package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.simulator.phones.Behaviour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The language card, and a second request once the first is settled: an officer who cannot tell which language a person
 * speaks texts CARD from the virtual phones page; the link in the reply opens the card in the same real browser; the
 * resident searches, taps Tigrinya; the officer is texted the choice, replies YES, and a Tigrinya interpreter is
 * offered the request and bridged with them. The spent link then shows the expired page, and a second language while
 * the request is open is refused with what to do.
 */
@ExtendWith(SharedLine.class)
class LanguageCardIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final double TIME_SCALE = 4;
    static final Path TARGET = Path.of("target").toAbsolutePath();

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
    }

    @Test
    void theResidentTapsTigrinyaOnTheCard_theOfficerSaysYes_andATigrinyaInterpreterIsBridged() throws Exception {
        String officer = "+14125550401";
        String tesfay = "+14125550411";
        line.responder("Officer Haile", officer, "Pittsburgh Police");
        line.sim.configurePhone(officer, "Officer Haile", Behaviour.ANSWER, 300, null, false);
        line.sim.configurePhone(tesfay, "Tesfay Gebre", Behaviour.ANSWER, 200, "1", false);
        String tesfayId = line.availableInterpreter("Tesfay Gebre", tesfay, List.of("ti"), 1);
        String phones = line.sim.baseUrl() + "/";

        try (PhonesPage page = PhonesPage.open(phones, TARGET.resolve("language-card-browser"), PATIENCE)) {
            try {
                page.text(officer, "CARD");
                String link = page.link(officer, "Language card: ");
                assertThat(link).matches("http://127\\.0\\.0\\.1:\\d+/card/[A-Za-z0-9_-]{22}");

                // the resident's side: the card, in the same browser
                var browser = page.browser();
                browser.get(link);
                page.waiting().until(d -> !d.findElements(By.cssSelector("#languages li")).isEmpty());
                assertThat(browser.findElement(By.cssSelector("html")).getDomAttribute("lang")).isEqualTo("en");
                WebElement arabic = browser.findElement(By.cssSelector("button[value=ar] .phrase"));
                assertThat(arabic.getDomAttribute("dir")).isEqualTo("rtl");
                assertThat(arabic.getDomAttribute("lang")).isEqualTo("ar");
                WebElement spanish = browser.findElement(By.cssSelector("button[value=es]"));
                assertThat(spanish.isDisplayed()).isTrue();

                // typing filters the list at once (the page's few lines of script)
                browser.findElement(By.id("q")).sendKeys("tigr");
                page.waiting().until(d -> !spanish.isDisplayed());
                WebElement tigrinya = browser.findElement(By.cssSelector("button[value=ti]"));
                assertThat(tigrinya.isDisplayed()).isTrue();
                assertThat(tigrinya.getText()).contains("ትግርኛ እዛረብ እየ", "Tigrinya");
                tigrinya.click();
                page.waiting().until(d -> d.findElement(By.tagName("main")).getText()
                        .contains("The officer has been told: Tigrinya."));
                LanguageCardChosen chosen = line.events.await(LanguageCardChosen.class,
                        c -> officer.equals(c.officerPhone()), PATIENCE);
                assertThat(chosen.language()).isEqualTo("ti");

                // the officer's side again
                browser.get(phones);
                page.waiting().until(d -> "live".equals(d.findElement(By.cssSelector("[data-role=live]")).getText()));
                page.awaitInbox(officer, "Tigrinya: reply YES to get an interpreter.");
                page.text(officer, "YES");
                page.awaitInbox(officer, ": finding a Tigrinya interpreter.");

                RequestOpened opened = line.events.await(RequestOpened.class,
                        o -> officer.equals(o.requesterPhone()), PATIENCE);
                assertThat(opened.language()).isEqualTo("ti");
                line.events.await(LanguageCardUsed.class, u -> u.requestId().equals(opened.requestId()), PATIENCE);
                line.sim.awaitConference("req-" + opened.requestId(),
                        c -> c.phoneNumbers().containsAll(List.of(officer, tesfay)), PATIENCE);
                JsonNode record = line.awaitStatus(opened.requestId(), "CONNECTED");
                assertThat(record.path("interpreterId").asString()).isEqualTo(tesfayId);
                assertThat(record.path("timeline").valueStream().map(s -> s.path("summary").asString()))
                        .contains("opened from a language card: the person chose Tigrinya");

                // item 7: a second language while connected says what to do: ALSO for a second interpreter
                page.text(officer, "Spanish");
                page.awaitInbox(officer, "You are on request " + opened.reference() + " with a Tigrinya interpreter. "
                        + "To add a second interpreter to this call, text ALSO and the language.");

                // the spent link
                browser.get(link);
                page.waiting().until(d -> d.findElement(By.tagName("h1")).getText()
                        .contains("This language card has expired"));
            } catch (RuntimeException | AssertionError e) {
                page.keepEvidence(TARGET.resolve("language-card-failure"));
                throw e;
            }
        }
        line.sim.hangup(officer);
    }
}
