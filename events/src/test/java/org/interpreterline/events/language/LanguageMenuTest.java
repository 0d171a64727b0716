package org.interpreterline.events.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageMenuTest {

    private final LanguageCatalog catalog = LanguageCatalog.standard();
    private final LanguageMenu menu = LanguageMenu.standard(catalog);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, es", "2, ar", "3, zh", "4, ne", "5, sw", "' 1 ', es"})
    void defaultDigits(String digit, String tag) {
        assertThat(menu.forDigit(digit).map(Language::tag)).contains(tag);
    }

    @ParameterizedTest(name = "[{0}] is no language")
    @NullAndEmptySource
    @ValueSource(strings = {"0", "6", "9", "#", "*", "12", "11", "spanish", "es"})
    void otherKeysAreNoLanguage(String digits) {
        assertThat(menu.forDigit(digits)).isEmpty();
    }

    @Test
    void zeroAsksToSayTheLanguage() {
        assertThat(menu.asksToSayTheLanguage("0")).isTrue();
        assertThat(menu.asksToSayTheLanguage("1")).isFalse();
        assertThat(menu.asksToSayTheLanguage(null)).isFalse();
    }

    @Test
    void nineAsksForTheInterpreterFromTheLastCall() {
        assertThat(menu.asksForTheSameInterpreter("9")).isTrue();
        assertThat(menu.asksForTheSameInterpreter("1")).isFalse();
        assertThat(menu.asksForTheSameInterpreter(null)).isFalse();
    }

    @Test
    void promptReadsEveryLanguageInEnglishInDigitOrder() {
        assertThat(menu.prompt()).isEqualTo("For Spanish, press 1. For Arabic, press 2. For Chinese, Mandarin, "
                + "press 3. For Nepali, press 4. For Swahili, press 5. For any other language, press 0 or say its name. For the interpreter from your last call, press 9.");
    }

    @Test
    void aConfiguredMenuIsReadInDigitOrder() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("3", "so");
        tags.put("1", "prs");
        LanguageMenu custom = new LanguageMenu(tags, catalog);
        assertThat(custom.languagesByDigit().keySet()).containsExactly("1", "3");
        assertThat(custom.forDigit("2")).isEmpty();
        assertThat(custom.prompt()).isEqualTo(
                "For Dari, press 1. For Somali, press 3. For any other language, press 0 or say its name. "
                        + "For the interpreter from your last call, press 9.");
    }

    @Test
    void anEmptyMenuJustAsksForTheLanguage() {
        assertThat(new LanguageMenu(Map.of(), catalog).prompt()).isEqualTo(
                "Say the name of the language you need. For the interpreter from your last call, press 9.");
    }

    @Test
    void anUnknownTagIsNamedInTheError() {
        assertThatThrownBy(() -> new LanguageMenu(Map.of("1", "es", "2", "klingon"), catalog))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("klingon").hasMessageContaining("digit 2");
    }

    @ParameterizedTest(name = "digit [{0}] is refused")
    @ValueSource(strings = {"0", "9", "10", "a", "", "#", "*"})
    void digitsAreOneToEight(String digit) {
        assertThatThrownBy(() -> new LanguageMenu(Map.of(digit, "es"), catalog))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 8");
    }

    @Test
    void aLanguageIsOfferedOnOneDigitOnly() {
        assertThatThrownBy(() -> new LanguageMenu(Map.of("1", "es", "2", "ES"), catalog))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Spanish");
    }

    @Test
    void isUnmodifiable() {
        assertThatThrownBy(() -> menu.languagesByDigit().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
