package org.interpreterline.dispatch.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.interpreterline.events.language.LanguageCatalog;
import org.junit.jupiter.api.Test;

class CardLanguagesTest {

    private final Map<String, Integer> history = new HashMap<>(Map.of("ti", 9, "so", 4, "es", 4, "xx", 50));
    private final LanguageCardDeskTest.MovableClock clock =
            new LanguageCardDeskTest.MovableClock(Instant.parse("2026-12-06T18:00:00Z"));
    private final CardLanguages languages = new CardLanguages(LanguageCatalog.standard(), () -> Map.copyOf(history), 3,
            clock);

    @Test
    void theLinesMostRequestedLanguagesComeFirst_thenEveryOtherInTheCatalogsOrder() {
        var entries = languages.inOrder("");
        // ties in the catalog's order (Spanish before Somali); a tag the catalog does not know is left out
        assertThat(entries).extracting(e -> e.language().tag()).startsWith("ti", "es", "so", "ar", "zh")
                .doesNotHaveDuplicates().hasSize(LanguageCatalog.standard().all().size());
        assertThat(entries).filteredOn(CardLanguages.Entry::mostAsked).hasSize(3);
    }

    @Test
    void theCountsAreReadAgainAfterAMinute() {
        assertThat(languages.mostAsked()).startsWith("ti");
        history.put("ar", 20);
        assertThat(languages.mostAsked()).startsWith("ti");
        clock.move(Duration.ofMinutes(1));
        assertThat(languages.mostAsked()).containsExactly("ar", "ti", "es");
    }

    @Test
    void withoutTheHistoryTheCatalogsOrderIsUsed() {
        CardLanguages unreadable = new CardLanguages(LanguageCatalog.standard(), () -> {
            throw new IllegalStateException("restarting");
        }, 3, clock);
        assertThat(unreadable.inOrder("")).extracting(e -> e.language().tag()).startsWith("es", "ar", "zh");
    }

    @Test
    void searchFindsEnglishAndOwnNamesWithoutAccentsOrApostrophes() {
        assertThat(languages.inOrder("tigr")).extracting(e -> e.language().tag()).containsExactly("ti");
        assertThat(languages.inOrder("ትግርኛ")).extracting(e -> e.language().tag()).containsExactly("ti");
        assertThat(languages.inOrder("KICHE")).extracting(e -> e.language().tag()).containsExactly("quc");
        assertThat(languages.inOrder("espanol")).extracting(e -> e.language().tag()).containsExactly("es");
        assertThat(languages.inOrder("pashto")).extracting(e -> e.language().tag()).containsExactly("ps");
        assertThat(languages.inOrder("klingon")).isEmpty();
    }
}
