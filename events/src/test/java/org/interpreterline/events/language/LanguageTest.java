package org.interpreterline.events.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @Test
    void copiesItsNamesSoNobodyCanChangeThemLater() {
        List<String> aliases = new ArrayList<>(List.of("castellano"));
        Language spanish = new Language("es", "Spanish", List.of("español"), aliases);
        aliases.add("arabic");
        assertThat(spanish.aliases()).containsExactly("castellano");
        assertThatThrownBy(() -> spanish.nativeNames().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anInterpreterOfReadsAsASentenceWouldSayIt() {
        assertThat(Language.anInterpreterOf("Spanish")).isEqualTo("a Spanish interpreter");
        assertThat(Language.anInterpreterOf("Arabic")).isEqualTo("an Arabic interpreter");
        assertThat(Language.anInterpreterOf("Chinese (Mandarin)")).isEqualTo("a Chinese (Mandarin) interpreter");
        assertThat(Language.anInterpreterOf("Chinese, Mandarin")).isEqualTo("an interpreter for Chinese, Mandarin");
    }

    @Test
    void missingNameListsAreEmpty() {
        Language mam = new Language("mam", "Mam", null, null);
        assertThat(mam.nativeNames()).isEmpty();
        assertThat(mam.aliases()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Spanish language", "e", "es_MX", "-es"})
    void rejectsWhatIsNotATag(String tag) {
        assertThatThrownBy(() -> new Language(tag, "Spanish"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "yue", "zh-Hant", "sr-Latn", "es-419"})
    void acceptsBcp47Tags(String tag) {
        assertThat(new Language(tag, "Something").tag()).isEqualTo(tag);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void needsAnEnglishName(String name) {
        assertThatThrownBy(() -> new Language("es", name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("English name");
    }

    @Test
    void rejectsBlankNames() {
        assertThatThrownBy(() -> new Language("es", "Spanish", List.of(" "), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("native name");
        assertThatThrownBy(() -> new Language("es", "Spanish", List.of(), List.of("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alias");
    }

    @ParameterizedTest(name = "{0} is read as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Chinese (Mandarin) | Chinese, Mandarin
            Akan (Twi)         | Akan, Twi
            Spanish            | Spanish
            Haitian Creole     | Haitian Creole
            """)
    void spokenNameReadsParenthesesAsAPause(String englishName, String spoken) {
        assertThat(new Language("xx", englishName).spokenName()).isEqualTo(spoken);
    }
}
