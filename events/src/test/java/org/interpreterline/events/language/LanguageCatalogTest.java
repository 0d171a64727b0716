package org.interpreterline.events.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCatalogTest {

    private final LanguageCatalog catalog = LanguageCatalog.standard();

    private String tagOf(String text) {
        return catalog.resolve(text).map(Language::tag).orElse(null);
    }

    @ParameterizedTest(name = "[{0}] is Spanish")
    @ValueSource(strings = {"Spanish", "español", "espanol", "spanish please", "es", "SPANSIH", "Spanish.",
            "I need a Spanish interpreter", "castellano", "spansh", "SPANISH!", "  spanish  ", "Español por favor",
            "spanish interpreter pls", "uh spanish", "Spanish, please!", "ESPAÑOL", "spanish speaker"})
    void spanishHowOfficersWriteOrSayIt(String text) {
        assertThat(tagOf(text)).isEqualTo("es");
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mandarin                  | zh
            Chinese                   | zh
            中文                       | zh
            putonghua                 | zh
            cantonese                 | yue
            广东话                     | yue
            farsi                     | fa
            Persian                   | fa
            dari                      | prs
            haitian creole            | ht
            kreyol                    | ht
            Kreyòl ayisyen            | ht
            creole                    | ht
            kiche                     | quc
            K'iche'                   | quc
            K’iche’                   | quc
            quiche                    | quc
            somali                    | so
            soomaali                  | so
            Af-Soomaali               | so
            العربية                   | ar
            arabic                    | ar
            русский                   | ru
            Русский язык              | ru
            russkiy                   | ru
            vietnamese                | vi
            tieng viet                | vi
            Tiếng Việt                | vi
            tigrinya                  | ti
            tigrigna                  | ti
            ትግርኛ                      | ti
            ukrainian                 | uk
            ukranian                  | uk
            українська                | uk
            portugese                 | pt
            portuguese                | pt
            swahili                   | sw
            kiswahili                 | sw
            nepali                    | ne
            nepalese                  | ne
            नेपाली                     | ne
            asl                       | ase
            ASL interpreter           | ase
            sign language             | ase
            American Sign Language    | ase
            ar                        | ar
            zh                        | zh
            prs                       | prs
            yue                       | yue
            Q'anjob'al                | kjb
            kanjobal                  | kjb
            Mam                       | mam
            Burmese                   | my
            Karen                     | kar
            Bangla                    | bn
            हिन्दी                     | hi
            pashto                    | ps
            پښتو                      | ps
            amharic                   | am
            አማርኛ                      | am
            korean                    | ko
            한국어                     | ko
            japanese                  | ja
            Hmong                     | hmn
            Khmer                     | km
            Cambodian                 | km
            Lao                       | lo
            Thai                      | th
            Tagalog                   | tl
            filipino                  | tl
            Albanian                  | sq
            Bosnian                   | bs
            Serbian                   | sr
            Croatian                  | hr
            Romanian                  | ro
            Kinyarwanda               | rw
            Kirundi                   | rn
            Oromo                     | om
            Afaan Oromoo              | om
            Greek                     | el
            ελληνικά                  | el
            Hebrew                    | he
            Gujarati                  | gu
            Telugu                    | te
            Tamil                     | ta
            Mixteco                   | mix
            mixtec                    | mix
            Punjabi                   | pa
            Urdu                      | ur
            French                    | fr
            français                  | fr
            German                    | de
            Deutsch                   | de
            Italian                   | it
            Polish                    | pl
            Turkish                   | tr
            vietnamise                | vi
            somalli                   | so
            hmnog                     | hmn
            """)
    void otherLanguagesByNameNativeNameCodeOrTypo(String text, String tag) {
        assertThat(tagOf(text)).isEqualTo(tag);
    }

    @ParameterizedTest(name = "[{0}] is no language")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "spam", "police", "hello", "help", "yes", "no", "1", "0", "5", "11", "english",
            "English please", "asdfgh", "spanish or arabic", "car", "chin", "germ", "span", "bye", "?", "!!!", "...",
            "ok", "thanks", "interpreter", "I need an interpreter", "language", "uh", "person", "among", "green",
            "creation", "franchise", "officer", "emergency", "suspect", "victim", "driver", "please hurry",
            "hurry", "now", "call me", "what", "who is this", "test", "testing", "asap", "😀", "\u0301"})
    void nearMissesAndNoiseAreNoLanguage(String text) {
        assertThat(catalog.resolve(text)).isEmpty();
    }

    @ParameterizedTest(name = "SMS command [{0}] is no language")
    @ValueSource(strings = {"ON", "on", "OFF", "off", "BREAK", "break", "STATUS", "status", "CANCEL", "cancel",
            "HELP", "help", "STOP", "stop", "START", "UNSTOP", "YES", "INFO", "QUIT", "END", "Status?", "Cancel."})
    void smsCommandWordsAreNeverALanguage(String command) {
        assertThat(catalog.resolve(command)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            so                 | so
            SO                 | so
            so please          | so
            I need so          | so
            so I need spanish  | es
            es                 | es
            es please          | es
            ar                 | ar
            uk                 | uk
            spa                | es
            som                | so
            arabic ar          | ar
            es ar              | none
            arabic es          | ar
            ne                 | ne
            """)
    void codesCountOnlyWhenTheyAreTheWholeMessage(String text, String tag) {
        assertThat(tagOf(text)).isEqualTo(tag);
    }

    @ParameterizedTest(name = "[{0}] is no language, though {1} is a tag")
    @CsvSource({"hi, hi", "it, it", "my, my", "id, id", "yo, yo", "ha, ha"})
    void codesThatAreFillerWordsNeverMatchButTheTagIsStillKnown(String text, String tag) {
        assertThat(catalog.resolve(text)).isEmpty();
        assertThat(catalog.byTag(tag)).isPresent();
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            not spanish                              | none
            NOT Spanish!                             | none
            no spanish                               | none
            I don't need Spanish                     | none
            doesn't speak spanish                    | none
            cancel spanish                           | none
            stop spanish                             | none
            not spanish, arabic                      | none
            doesn't speak English, speaks Spanish    | es
            no English, Spanish only                 | es
            """)
    void aLanguageRightAfterANegationIsNotARequest(String text, String tag) {
        assertThat(tagOf(text)).isEqualTo(tag);
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            farsi dari                     | prs
            I need a farsi dari speaker    | prs
            dari persian                   | prs
            farsi                          | fa
            persian farsi                  | fa
            farsi or dari                  | none
            chinese cantonese              | yue
            cantonese chinese please       | yue
            chinese mandarin               | zh
            mandarin or cantonese          | none
            spanish and arabic             | none
            spanish spanish                | es
            spanish, spansih               | es
            spanish arabc                  | none
            haitian creol                  | ht
            """)
    void theWholeMessageMustPointAtOneLanguage(String text, String tag) {
        assertThat(tagOf(text)).isEqualTo(tag);
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            spansh       | es
            spanihs      | es
            spnsh        | none
            psanish      | none
            somal        | so
            soma         | none
            arabc        | ar
            germn        | de
            russain      | ru
            ukranian     | uk
            ukrainain    | uk
            portugese    | pt
            portugueze   | pt
            nepalli      | ne
            swahilli     | sw
            tigirnya     | ti
            vietnamise   | vi
            roman        | none
            romani       | rom
            romana       | ro
            slovakian    | sk
            slovenian    | sl
            javanese     | jv
            """)
    void typosWithinReachAreCorrectedAndTiesAreNot(String text, String tag) {
        assertThat(tagOf(text)).isEqualTo(tag);
    }

    @Test
    void neverThrowsWhateverTheInput() {
        List<String> strange = List.of("\u0000", "\uD800", "\uDC00x", "\u200F\u200E", "a".repeat(10_000),
                "spanish ".repeat(100), "\t\n\r", "ǅ", "İSTANBUL", "ﬀ", "𝔰𝔭𝔞𝔫𝔦𝔰𝔥", "x\u0301\u0301\u0301",
                "'''", "k'", "١٢٣", "%s%n", "\\", "null");
        for (String text : strange) {
            assertThat(catalog.resolve(text)).as("resolve(%s)", text).isNotNull();
        }
        assertThat(catalog.resolve("spanish ".repeat(100))).isEmpty(); // far too long to be a language name
    }

    @Test
    void everyNameOfEveryLanguageResolvesToThatLanguage() {
        Set<String> fillerTags = Set.of("hi", "it", "my", "id", "yo", "ha");
        for (Language language : catalog.all()) {
            List<String> names = new ArrayList<>();
            names.add(language.englishName());
            names.addAll(language.nativeNames());
            names.addAll(language.aliases());
            if (!fillerTags.contains(language.tag())) {
                names.add(language.tag());
                names.add(language.tag().toUpperCase());
            }
            for (String name : names) {
                assertThat(catalog.resolve(name)).as("resolve(%s)", name).contains(language);
                assertThat(catalog.resolve("I need " + name + " please")).as("in a sentence: %s", name)
                        .contains(language);
            }
        }
    }

    @Test
    void aSlipInANameNeverLandsOnAnotherLanguage() {
        Set<String> names = new HashSet<>();
        catalog.all().forEach(language -> names.addAll(latinSingleWordNames(language)));
        for (Language language : catalog.all()) {
            for (String name : latinSingleWordNames(language)) {
                for (String typo : slipsOf(name)) {
                    if (names.contains(typo)) {
                        continue; // Slovenian's slovenščina less one letter is Slovak's slovenčina: a name, not a slip
                    }
                    assertThat(catalog.resolve(typo)).as("%s (typo of %s)", typo, name)
                            .satisfiesAnyOf(found -> assertThat(found).isEmpty(),
                                    found -> assertThat(found).contains(language));
                }
            }
        }
    }

    @Test
    void hasTheMostRequestedLanguagesWithUniqueTags() {
        List<String> tags = catalog.all().stream().map(Language::tag).toList();
        assertThat(tags).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(45);
        assertThat(tags).contains("es", "ar", "zh", "yue", "vi", "ne", "sw", "so", "ht", "ru", "uk", "prs", "ps",
                "fa", "pt", "fr", "ko", "ti", "am", "quc", "mam", "kjb", "my", "kar", "bn", "hi", "ur", "pa", "tl",
                "ja", "pl", "it", "de", "tr", "hmn", "km", "lo", "th", "sq", "bs", "sr", "hr", "ro", "rw", "rn",
                "om", "el", "he", "gu", "te", "ta", "mix", "ase");
    }

    @Test
    void hasNoEnglishBecauseTheLineHasNoEnglishInterpreters() {
        assertThat(catalog.byTag("en")).isEmpty();
        assertThat(catalog.resolve("english")).isEmpty();
        assertThat(catalog.resolve("en")).isEmpty();
    }

    @Test
    void everyLanguageWrittenInAnotherScriptAlsoHasALatinSpelling() {
        for (Language language : catalog.all()) {
            boolean otherScript = language.nativeNames().stream().anyMatch(name -> !isLatin(name));
            if (otherScript) {
                assertThat(language.nativeNames()).as(language.toString()).anyMatch(LanguageCatalogTest::isLatin);
            }
        }
    }

    @Test
    void allIsStableAndUnmodifiable() {
        assertThat(LanguageCatalog.standard()).isSameAs(catalog);
        assertThat(catalog.all()).isEqualTo(LanguageCatalog.standard().all());
        assertThat(catalog.all().getFirst().tag()).isEqualTo("es");
        assertThatThrownBy(() -> catalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "byTag({0}) → {1}")
    @CsvSource(nullValues = "none", value = {"es, es", "ES, es", "' prs ', prs", "Yue, yue", "xx, none",
            "'', none", "none, none", "spanish, none"})
    void byTagIgnoresCase(String tag, String expected) {
        assertThat(catalog.byTag(tag).map(Language::tag).orElse(null)).isEqualTo(expected);
    }

    @Test
    void englishNameFallsBackToTheTag() {
        assertThat(catalog.englishName("prs")).isEqualTo("Dari");
        assertThat(catalog.englishName("zh")).isEqualTo("Chinese (Mandarin)");
        assertThat(catalog.englishName("xx")).isEqualTo("xx");
    }

    @Test
    void aTinyCatalogResolvesOnlyItsOwnLanguages() {
        LanguageCatalog tiny = new LanguageCatalog(List.of(
                new Language("es", "Spanish", List.of("español"), List.of("castellano")),
                new Language("so", "Somali", List.of("soomaali"), List.of())));
        assertThat(tiny.resolve("castellano").map(Language::tag)).contains("es");
        assertThat(tiny.resolve("arabic")).isEmpty();
        assertThat(tiny.all()).extracting(Language::tag).containsExactly("es", "so");
    }

    static Stream<Arguments> catalogsThatContradictThemselves() {
        Language spanish = new Language("es", "Spanish", List.of("español"), List.of("castellano"));
        return Stream.of(
                Arguments.of(List.of(spanish, new Language("es", "Also Spanish")), "es"),
                Arguments.of(List.of(spanish, new Language("ES", "Spanish again")), "ES"),
                Arguments.of(List.of(spanish, new Language("ca", "Catalan", List.of(), List.of("castellano"))),
                        "castellano"),
                Arguments.of(List.of(spanish, new Language("xx", "Other", List.of("ESPANOL"), List.of())),
                        "ESPANOL"),
                Arguments.of(List.of(spanish, new Language("xy", "Spanish")), "Spanish"),
                Arguments.of(List.of(new Language("es", "Spanish", List.of(), List.of("the interpreter"))),
                        "the interpreter"),
                Arguments.of(List.of(new Language("es", "Spanish", List.of(), List.of("nope"))), "nope"));
    }

    @ParameterizedTest
    @MethodSource("catalogsThatContradictThemselves")
    void failsFastOnADuplicateTagOrNameOrANameThatCanNeverMatch(List<Language> languages, String culprit) {
        assertThatThrownBy(() -> new LanguageCatalog(languages))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(culprit);
    }

    @Test
    void aClashNamesBothLanguages() {
        assertThatThrownBy(() -> new LanguageCatalog(List.of(
                new Language("ht", "Haitian Creole", List.of(), List.of("creole")),
                new Language("kea", "Cape Verdean Creole", List.of(), List.of("Creole")))))
                .hasMessageContaining("ht (Haitian Creole)").hasMessageContaining("kea (Cape Verdean Creole)");
    }

    @Test
    void resolvesQuickly() {
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            catalog.resolve("I need uh a spansih interpretor for a suspect on scene " + i);
        }
        assertThat(System.nanoTime() - start).as("2000 typo-laden messages").isLessThan(2_000_000_000L);
    }

    private static List<String> latinSingleWordNames(Language language) {
        List<String> names = new ArrayList<>();
        Stream.concat(Stream.of(language.englishName()),
                        Stream.concat(language.nativeNames().stream(), language.aliases().stream()))
                .map(name -> Phrase.of(name).text())
                .filter(name -> name.length() >= 5 && name.matches("[a-z]+"))
                .forEach(names::add);
        return names;
    }

    /** Every deletion and every swap of neighbours, keeping the first letter. */
    private static Set<String> slipsOf(String word) {
        Set<String> slips = new HashSet<>();
        for (int i = 1; i < word.length(); i++) {
            slips.add(word.substring(0, i) + word.substring(i + 1));
            if (i + 1 < word.length()) {
                slips.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        slips.remove(word);
        return slips;
    }

    private static boolean isLatin(String text) {
        return text.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
