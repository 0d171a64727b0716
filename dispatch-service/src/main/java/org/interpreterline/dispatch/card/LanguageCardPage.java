package org.interpreterline.dispatch.card;

import java.time.Duration;
import java.util.List;
import org.interpreterline.platform.text.CleanText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /card/{token}}: the language card a resident taps, and {@code /card/choice}, where the tap is posted. No
 * login (the token is the capability, {@link CardSecurity}); nothing about whoever opens it is read or kept. The tap is
 * a form post that carries the token in its body, so another site cannot forge one without the link; a browser that
 * says the post comes from another site is refused as well. Every answer is a page a person can read: an expired or
 * used card says so (410), a restart asks to try again; never a stack trace.
 */
@RestController
class LanguageCardPage {

    static final String PATH = "/card";
    static final String CHOICE = PATH + "/choice";
    private static final Logger log = LoggerFactory.getLogger(LanguageCardPage.class);
    private static final int QUERY_MAX = 60;
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final LanguageCardDesk desk;
    private final CardLanguages languages;
    private final Duration validFor;

    LanguageCardPage(LanguageCardDesk desk, CardLanguages languages, CardProperties props) {
        this.desk = desk;
        this.languages = languages;
        this.validFor = props.validFor();
    }

    @GetMapping(path = PATH + "/{token}")
    ResponseEntity<String> show(@PathVariable("token") String token,
            @RequestParam(name = "q", required = false) String query) {
        try {
            if (desk.usable(token).isEmpty()) {
                return page(HttpStatus.GONE, CardHtml.gone(LanguageCardDesk.spoken(validFor)));
            }
            String q = CleanText.of(query == null ? "" : query, QUERY_MAX);
            List<CardLanguages.Entry> entries = languages.inOrder(q);
            return page(HttpStatus.OK, CardHtml.card(token, q, entries, CHOICE, PATH + "/" + token));
        } catch (RuntimeException e) {
            return restarting(e);
        }
    }

    @PostMapping(path = CHOICE)
    ResponseEntity<String> tap(@RequestParam(name = "card", required = false) String token,
            @RequestParam(name = "language", required = false) String tag,
            @RequestHeader(name = "Sec-Fetch-Site", required = false) String fetchSite) {
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return page(HttpStatus.FORBIDDEN, CardHtml.tryAgain("This choice came from another website. Please open "
                    + "the link the officer showed you and tap your language there."));
        }
        if (token == null || tag == null || tag.isBlank()) {
            return page(HttpStatus.BAD_REQUEST, CardHtml.tryAgain("Please open the link the officer showed you and "
                    + "tap your language."));
        }
        try {
            return switch (desk.choose(token, tag.strip())) {
                case LanguageCardDesk.Tap.Chosen chosen -> page(HttpStatus.OK, CardHtml.chosen(
                        languages.inOrder("").stream().filter(e -> e.language().equals(chosen.language()))
                                .findFirst().orElseThrow()));
                case LanguageCardDesk.Tap.Gone gone -> page(HttpStatus.GONE,
                        CardHtml.gone(LanguageCardDesk.spoken(validFor)));
                case LanguageCardDesk.Tap.NotALanguage notOne -> page(HttpStatus.BAD_REQUEST,
                        CardHtml.tryAgain("Please tap a language from the list."));
                case LanguageCardDesk.Tap.NotTaken notTaken -> page(HttpStatus.SERVICE_UNAVAILABLE,
                        CardHtml.tryAgain("We could not pass your choice on just now. Please tap your language again."));
            };
        } catch (RuntimeException e) {
            return restarting(e);
        }
    }

    private static ResponseEntity<String> restarting(RuntimeException e) {
        log.info("Language card page: the cards cannot be read here ({})", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .headers(h -> headers(h)).contentType(HTML)
                .body(CardHtml.tryAgain("The line is restarting. Please try again in a minute."));
    }

    private static ResponseEntity<String> page(HttpStatus status, String html) {
        return ResponseEntity.status(status).headers(LanguageCardPage::headers).contentType(HTML).body(html);
    }

    /** Kept by nobody on the way, sent on to no other site, shown in no frame; only the card's own script runs. */
    private static void headers(org.springframework.http.HttpHeaders h) {
        h.set("Cache-Control", "no-store");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Robots-Tag", "noindex");
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src "
                + CardHtml.SCRIPT_HASH + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
}
