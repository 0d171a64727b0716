package org.interpreterline.events.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseTest {

    @ParameterizedTest(name = "[{0}] reads [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Spanish                   | spanish
            '  SPANISH!!  '           | spanish
            español                   | espanol
            ESPAÑOL                   | espanol
            K'iche'                   | kiche
            K’iche’                   | kiche
            Kʼicheʼ                   | kiche
            Q'anjob'al                | qanjobal
            Af-Soomaali               | af soomaali
            Tiếng Việt                | tieng viet
            Đà Nẵng                   | da nang
            Łódź                      | lodz
            Kreyòl   ayisyen          | kreyol ayisyen
            spanish/arabic?           | spanish arabic
            русский                   | русский
            РУССКИЙ                   | русский
            العربية                   | العربية
            हिन्दी                     | हिन्दी
            ภาษาไทย                   | ภาษาไทย
            中文                       | 中文
            1                         | 1
            """)
    void reducesToComparableWords(String text, String reduced) {
        assertThat(Phrase.of(text).text()).isEqualTo(reduced);
    }

    @Test
    void keepsTheMarksOfOtherScriptsWhetherTypedComposedOrNot() {
        // й typed as и + combining breve must still read as й: only Latin letters lose their accents
        assertThat(Phrase.of("русски\u0438\u0306").text()).isEqualTo("русский");
        assertThat(Phrase.of("ελληνικά").text()).isEqualTo("ελληνικά");
    }

    @Test
    void dropsFillerButKeepsTheLanguage() {
        assertThat(Phrase.of("Hi, I need a Spanish interpreter please!").withoutFillers().words())
                .containsExactly("spanish");
        assertThat(Phrase.of("uh um we need someone who speaks like Somali ok").withoutFillers().words())
                .containsExactly("somali");
        assertThat(Phrase.of("help").withoutFillers().isEmpty()).isTrue();
    }

    @Test
    void noTextIsNoWords() {
        assertThat(Phrase.of(null).isEmpty()).isTrue();
        assertThat(Phrase.of("").isEmpty()).isTrue();
        assertThat(Phrase.of(" ?!. ").isEmpty()).isTrue();
    }

    @Test
    void negationsAreNotFiller() {
        assertThat(Phrase.NEGATIONS).doesNotContainAnyElementsOf(Phrase.FILLERS);
    }
}
