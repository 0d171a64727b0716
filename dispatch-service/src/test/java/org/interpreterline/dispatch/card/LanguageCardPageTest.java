package org.interpreterline.dispatch.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.TimelineEntry;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.dispatch.RequestOpened;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The language card through dispatch-service's own HTTP, on a real broker: CARD, the page without a login, the tap,
 * the officer's YES, and the link once it is spent.
 */
class LanguageCardPageTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/card/([A-Za-z0-9_-]{22})");
    private static final HttpClient BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Autowired
    RequestRecords records;

    @Test
    void anOfficersCardIsTappedByTheResident_andTheirYesOpensTheRequest_afterWhichTheLinkIsSpent() throws Exception {
        String officer = freshPhone();
        registerResponder("Officer Haile", officer, "Pittsburgh Police");

        String reply = text(freshSid("SM"), officer, "CARD").body();
        assertThat(reply).contains("Language card: " + PUBLIC_URL + "/card/", "works for 1 hour");
        String token = token(reply);
        await().atMost(KAFKA).until(() -> get("/card/" + token).statusCode() == 200);
        assertThat(token(text(freshSid("SM"), officer, "card").body())).isEqualTo(token);

        HttpResponse<String> page = get("/card/" + token);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'sha256-");
        assertThat(page.body()).contains("<html lang=\"en\">", "<label for=\"q\">Search</label>",
                "<span class=\"phrase\" lang=\"ti\">ትግርኛ እዛረብ እየ</span>",
                "<span class=\"phrase\" lang=\"ar\" dir=\"rtl\">أتكلم العربية</span>",
                "<input type=\"hidden\" name=\"card\" value=\"" + token + "\">");
        HttpResponse<String> searched = get("/card/" + token + "?q=tigr");
        assertThat(searched.body()).contains("value=\"ti\"").doesNotContain("value=\"es\"");

        // another site's form cannot post a choice, even with the link
        assertThat(tap(token, "ti", "cross-site").statusCode()).isEqualTo(403);
        HttpResponse<String> tapped = tap(token, "ti", "same-origin");
        assertThat(tapped.statusCode()).isEqualTo(200);
        assertThat(tapped.body()).contains("The officer has been told: Tigrinya.");
        LanguageCardChosen chosen = (LanguageCardChosen) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof LanguageCardChosen c && officer.equals(c.officerPhone()), KAFKA);
        assertThat(chosen.language()).isEqualTo("ti");

        String yes = freshSid("SM");
        await().atMost(KAFKA).untilAsserted(() -> assertThat(records.openFor(officer)).isEmpty());
        assertThat(text(yes, officer, "YES").body()).contains(": finding a Tigrinya interpreter.");
        String requestId = RequestIds.sms(yes);
        RequestOpened opened = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                e -> e instanceof RequestOpened o && requestId.equals(o.requestId()), KAFKA);
        assertThat(opened.language()).isEqualTo("ti");
        assertThat(opened.requesterPhone()).isEqualTo(officer);
        LineTopicsTap.awaitDispatchEvent(e -> e instanceof LanguageCardUsed u && requestId.equals(u.requestId()),
                KAFKA);
        await().atMost(KAFKA).untilAsserted(() -> assertThat(records.byId(requestId).orElseThrow().timeline())
                .extracting(TimelineEntry::summary)
                .contains("opened from a language card: the person chose Tigrinya"));

        await().atMost(KAFKA).until(() -> get("/card/" + token).statusCode() == 410);
        assertThat(get("/card/" + token).body()).contains("This language card has expired",
                "Please ask the officer for a new one.");
        assertThat(tap(token, "es", "same-origin").statusCode()).isEqualTo(410);
        // the card is spent: a second YES opens nothing and says what to do
        assertThat(text(freshSid("SM"), officer, "yes").body()).contains("There is no language card choice");
    }

    @Test
    void yesWithoutACardChoiceSaysWhatToDo_andALinkThatIsNoCardShowsTheExpiredPage() throws Exception {
        String officer = freshPhone();
        registerResponder("Officer Ngata", officer, "Pittsburgh Police");

        assertThat(text(freshSid("SM"), officer, "YES").body()).contains(
                "There is no language card choice to say YES to. Text CARD");
        HttpResponse<String> unknown = get("/card/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(unknown.statusCode()).isEqualTo(410);
        assertThat(unknown.body()).contains("This language card has expired");
        assertThat(get("/card/%3Cscript%3E").statusCode()).isEqualTo(410);
        assertThat(tap(null, null, null).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> text(String messageSid, String from, String body) throws Exception {
        return webhook("/twilio/sms", Map.of("MessageSid", messageSid, "From", from, "To", "+14125550100",
                "Body", body, "AccountSid", "AC00000000000000000000000000000000", "NumMedia", "0"));
    }

    /** As a resident's phone would: no credentials, no signature. */
    private HttpResponse<String> get(String path) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> tap(String token, String language, String fetchSite) throws Exception {
        String form = token == null ? "" : "card=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&language="
                + URLEncoder.encode(language, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/card/choice"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String reply) {
        Matcher m = LINK.matcher(reply);
        assertThat(m.find()).as("a card's link in " + reply).isTrue();
        return m.group(1);
    }
}
