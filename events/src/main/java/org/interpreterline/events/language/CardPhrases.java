package org.interpreterline.events.language;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "I speak …" in each language's own words and script, for the language card an officer shows a resident.
 * Data, one line per language: tag, then the phrase. Where a phrase would need a grammatical gender the
 * neutral "I know …" form is used (Hindi, Urdu, Punjabi, Marathi). Languages without a line here are shown by their
 * own name ({@link Language#nativeNames()}), else their English name.
 * <p>
 * The Mayan lines (K'iche', Mam, Q'anjob'al) pair the language's name with Spanish, which many speakers also read:
 * they were written without a speaker's review, as were the rest; a speaker should check them before a city relies on
 * the card.
 */
public final class CardPhrases {

    /** How one language is written on the card. */
    public record CardPhrase(String text, boolean rightToLeft) {
    }

    private static final Map<String, String> I_SPEAK = table("""
            es | Hablo español
            ar | أتكلم العربية
            zh | 我说中文
            yue | 我講廣東話
            vi | Tôi nói tiếng Việt
            ne | म नेपाली बोल्छु
            sw | Ninazungumza Kiswahili
            so | Waxaan ku hadlaa Af-Soomaali
            ht | Mwen pale kreyòl ayisyen
            ru | Я говорю по-русски
            uk | Я розмовляю українською
            prs | من دری صحبت می‌کنم
            ps | زه پښتو خبرې کوم
            fa | من فارسی صحبت می‌کنم
            pt | Falo português
            fr | Je parle français
            ko | 한국어를 합니다
            ti | ትግርኛ እዛረብ እየ
            am | አማርኛ እናገራለሁ
            quc | K'iche' · Hablo k'iche'
            mam | Qyol Mam · Hablo mam
            kjb | Q'anjob'al · Hablo q'anjob'al
            my | မြန်မာစကား ပြောပါတယ်
            bn | আমি বাংলা বলি
            hi | मुझे हिन्दी आती है
            ur | مجھے اردو آتی ہے
            pa | ਮੈਨੂੰ ਪੰਜਾਬੀ ਆਉਂਦੀ ਹੈ
            tl | Nagsasalita ako ng Tagalog
            ja | 日本語を話します
            pl | Mówię po polsku
            it | Parlo italiano
            de | Ich spreche Deutsch
            tr | Türkçe konuşuyorum
            hmn | Kuv hais lus Hmoob
            km | ខ្ញុំនិយាយភាសាខ្មែរ
            lo | ຂ້ອຍເວົ້າພາສາລາວ
            th | ฉันพูดภาษาไทย
            sq | Flas shqip
            bs | Govorim bosanski
            sr | Говорим српски
            hr | Govorim hrvatski
            ro | Vorbesc română
            rw | Mvuga Ikinyarwanda
            rn | Mvuga Ikirundi
            om | Afaan Oromoo nan dubbadha
            el | Μιλάω ελληνικά
            he | אני מדבר/ת עברית
            gu | હું ગુજરાતી બોલું છું
            te | నేను తెలుగు మాట్లాడతాను
            ta | நான் தமிழ் பேசுவேன்
            ml | ഞാൻ മലയാളം സംസാരിക്കും
            mr | मला मराठी येते
            ku | Ez bi kurdî diaxivim
            uz | Men oʻzbekcha gapiraman
            hy | Ես խոսում եմ հայերեն
            ka | ვლაპარაკობ ქართულად
            mn | Би монголоор ярьдаг
            hu | Beszélek magyarul
            cs | Mluvím česky
            sk | Hovorím po slovensky
            bg | Говоря български
            mk | Зборувам македонски
            nl | Ik spreek Nederlands
            id | Saya berbicara bahasa Indonesia
            yo | Mo ń sọ Yorùbá
            ig | Ana m asụ Igbo
            ha | Ina jin Hausa
            ug | مەن ئۇيغۇرچە سۆزلەيمەن
            ln | Nalobaka lingála
            wo | Dama wax wolof
            ff | Mi haalan Pulaar
            sm | Ou te tautala Samoa
            """);

    private CardPhrases() {
    }

    /** How {@code language} is written on the card: its "I speak" line, else its own name, else its English name. */
    public static CardPhrase of(Language language) {
        String text = Optional.ofNullable(I_SPEAK.get(language.tag()))
                .or(() -> language.nativeNames().stream().findFirst())
                .orElse(language.englishName());
        return new CardPhrase(text, rightToLeft(text));
    }

    /** The "I speak" line of {@code tag}, if the table has one. */
    public static Optional<String> iSpeak(String tag) {
        return Optional.ofNullable(I_SPEAK.get(tag));
    }

    /** Every tag the table has a line for. */
    static java.util.Set<String> tags() {
        return I_SPEAK.keySet();
    }

    /** Whether the first letter with a direction is right-to-left (Arabic, Hebrew, Thaana and kin scripts). */
    public static boolean rightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
        }
        return false;
    }

    private static Map<String, String> table(String lines) {
        return Arrays.stream(lines.strip().split("\n")).map(String::strip)
                .map(line -> line.split("\\s*\\|\\s*", 2))
                .collect(Collectors.toUnmodifiableMap(cells -> cells[0], cells -> cells[1]));
    }
}
