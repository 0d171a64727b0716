package org.interpreterline.events.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "quc>es": K'iche' interpreted into Spanish, for a relay; a plain tag is into English. */
class LanguagePairTest {

    private final LanguageCatalog catalog = LanguageCatalog.standard();

    @Test
    void aPairOfKnownLanguagesHasANameAndATag() {
        LanguagePair pair = LanguagePair.of("quc>es", catalog).orElseThrow();

        assertThat(pair.tag()).isEqualTo("quc>es");
        assertThat(pair.englishName()).isEqualTo("K'iche' into Spanish");
        assertThat(catalog.englishName("quc>es")).isEqualTo("K'iche' into Spanish");
        assertThat(catalog.spokenName("zh>es")).hasValue("Chinese, Mandarin into Spanish");
        assertThat(catalog.englishName("quc")).as("a plain tag").isEqualTo("K'iche'");
    }

    @Test
    void anythingElseIsNoPair() {
        assertThat(LanguagePair.of("quc", catalog)).isEmpty();
        assertThat(LanguagePair.of("es>es", catalog)).isEmpty();
        assertThat(LanguagePair.of("quc>klingon", catalog)).isEmpty();
        assertThat(LanguagePair.of(null, catalog)).isEmpty();
        assertThat(catalog.englishName("quc>klingon")).isEqualTo("quc>klingon");
        assertThat(catalog.spokenName("klingon")).isEmpty();
    }
}
