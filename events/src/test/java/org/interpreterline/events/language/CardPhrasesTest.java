package org.interpreterline.events.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardPhrasesTest {

    private final LanguageCatalog catalog = LanguageCatalog.standard();

    @Test
    void everyLanguageTheIssueNamesSaysISpeakInItsOwnWords() {
        for (String tag : List.of("es", "pt", "ar", "zh", "ne", "sw", "ti", "prs", "ps", "so", "fr", "ht", "vi", "ru",
                "uk", "quc", "mam")) {
            assertThat(CardPhrases.iSpeak(tag)).as(tag).isPresent();
        }
        assertThat(CardPhrases.of(catalog.byTag("ti").orElseThrow()).text()).isEqualTo("ትግርኛ እዛረብ እየ");
    }

    @Test
    void everyTagInTheTableIsOneTheCatalogKnows() {
        catalog.all().forEach(language -> assertThat(CardPhrases.of(language).text()).isNotBlank());
        assertThat(CardPhrases.tags()).allSatisfy(tag -> assertThat(catalog.byTag(tag)).as(tag).isPresent());
    }

    @Test
    void arabicScriptAndHebrewReadRightToLeft_theRestLeftToRight() {
        assertThat(CardPhrases.of(catalog.byTag("ar").orElseThrow()).rightToLeft()).isTrue();
        assertThat(CardPhrases.of(catalog.byTag("prs").orElseThrow()).rightToLeft()).isTrue();
        assertThat(CardPhrases.of(catalog.byTag("ps").orElseThrow()).rightToLeft()).isTrue();
        assertThat(CardPhrases.of(catalog.byTag("ur").orElseThrow()).rightToLeft()).isTrue();
        assertThat(CardPhrases.of(catalog.byTag("he").orElseThrow()).rightToLeft()).isTrue();
        assertThat(CardPhrases.of(catalog.byTag("ti").orElseThrow()).rightToLeft()).isFalse();
        assertThat(CardPhrases.of(catalog.byTag("es").orElseThrow()).rightToLeft()).isFalse();
        // a language without a phrase falls back to its own name, then its English name
        assertThat(CardPhrases.of(catalog.byTag("chk").orElseThrow()).text()).isEqualTo("Chuukese");
    }
}
