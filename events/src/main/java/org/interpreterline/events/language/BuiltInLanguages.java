package org.interpreterline.events.language;

import java.util.Arrays;
import java.util.List;

/**
 * The languages most requested from US police, court and 911 interpreter services, roughly most requested first.
 * <p>
 * One line per language: tag, English name, native names, aliases; names within a column are separated by
 * {@code |}. Native names come in their own script and in the Latin spelling people type on an English
 * keyboard. English is deliberately absent: the line has no English interpreters, and "doesn't speak English"
 * must not read as a request for one.
 * <p>
 * Deliberately absent as well: names that point at more than one language ("Ethiopian", "Afghan", "Mayan",
 * "Bahasa", "Taiwanese"), and three-letter codes that are everyday English words ("hat", "run", "per", "arm",
 * "kin", "pan", "rum") — see {@link LanguageCatalog} for how codes are matched.
 */
final class BuiltInLanguages {

    static final List<Language> ALL = List.of(
            language("es", "Spanish", "español", "castellano | spa | espanish | spainish"),
            language("ar", "Arabic", "العربية | عربي | arabiya | al arabiya | arabi", "ara | arab"),
            language("zh", "Chinese (Mandarin)",
                    "中文 | 普通话 | 普通話 | 汉语 | 漢語 | 国语 | 國語 | 华语 | 華語 | zhongwen | putonghua | hanyu | guoyu | huayu",
                    "zho | cmn | mandarin chinese"),
            language("yue", "Cantonese", "廣東話 | 广东话 | 粵語 | 粤语 | gwongdungwa | gwong dung waa | yuet yu",
                    "chinese cantonese | cantonese chinese"),
            language("vi", "Vietnamese", "tiếng việt | tiengviet", "viet | vietnam"),
            language("ne", "Nepali", "नेपाली | nepali bhasa", "nep | npi | nepalese | bhutanese nepali | lhotshampa | gorkhali"),
            language("sw", "Swahili", "kiswahili", "swa | swh"),
            language("so", "Somali", "af soomaali | soomaali", "som | somalian | af somali"),
            language("ht", "Haitian Creole", "kreyòl ayisyen | kreyòl | ayisyen", "creole | haitian | kreole"),
            language("ru", "Russian", "русский | русский язык | russkiy | russkij | russkii", "rus"),
            language("uk", "Ukrainian", "українська | українська мова | ukrainska | ukrayinska", "ukr | ukranian"),
            language("prs", "Dari", "دری | dari", "farsi dari | dari farsi | dari persian | afghan persian | afghan farsi"),
            language("ps", "Pashto", "پښتو | pakhto | pukhto", "pushto | pashtu | pushtu"),
            language("fa", "Persian (Farsi)", "فارسی | farsi", "fas | farsi persian | persian farsi"),
            language("pt", "Portuguese", "português", "por | brazilian | brazilian portuguese | brasileiro"),
            language("fr", "French", "français", "fra | fre"),
            language("ko", "Korean", "한국어 | 조선말 | hangugeo | hangugmal | hankukmal", "kor"),
            language("ti", "Tigrinya", "ትግርኛ | tigrigna | tigrinia", "tir"),
            language("am", "Amharic", "አማርኛ | amarigna | amarinya", "amh"),
            language("quc", "K'iche'", "k'iche' | qatzijob'al", "quiche | quiché | kichee | k'ichee'"),
            language("mam", "Mam", "qyol mam", "mam maya"),
            language("kjb", "Q'anjob'al", "q'anjob'al", "kanjobal | kanhobal | qanjobal | conob"),
            language("my", "Burmese", "မြန်မာဘာသာ | မြန်မာစာ | myanma | bama", "mya | myanmar"),
            language("kar", "Karen", "ကညီ | kanyaw", "sgaw | sgaw karen | pwo karen | kayin | ksw"),
            language("bn", "Bengali", "বাংলা | bangla", "bengalese | bangladeshi"),
            language("hi", "Hindi", "हिन्दी | हिंदी | hindi", "hin"),
            language("ur", "Urdu", "اردو | urdu", "urd"),
            language("pa", "Punjabi", "ਪੰਜਾਬੀ | پنجابی | panjabi", "pnb"),
            language("tl", "Tagalog", "wikang tagalog | filipino | pilipino", "tgl | fil"),
            language("ja", "Japanese", "日本語 | nihongo", "jpn"),
            language("pl", "Polish", "polski | język polski", ""),
            language("it", "Italian", "italiano", "ita"),
            language("de", "German", "deutsch", "deu | ger"),
            language("tr", "Turkish", "türkçe", "tur"),
            language("hmn", "Hmong", "hmoob | lus hmoob", "hmong daw | hmong njua | mong"),
            language("km", "Khmer", "ខ្មែរ | ភាសាខ្មែរ | khmae | phiesa khmae", "khm | cambodian"),
            language("lo", "Lao", "ລາວ | ພາສາລາວ | phasa lao", "laotian"),
            language("th", "Thai", "ไทย | ภาษาไทย | phasa thai", "tha"),
            language("sq", "Albanian", "shqip | shqipe", "sqi"),
            language("bs", "Bosnian", "bosanski | босански", "bos"),
            language("sr", "Serbian", "српски | srpski", "srp"),
            language("hr", "Croatian", "hrvatski", "hrv"),
            language("ro", "Romanian", "română | limba română", "ron | rumanian | roumanian | moldovan"),
            language("rw", "Kinyarwanda", "ikinyarwanda", "rwandan | rwanda"),
            language("rn", "Kirundi", "ikirundi", "rundi | burundian"),
            language("om", "Oromo", "afaan oromoo | oromoo | oromiffa | oromiffaa", "orm | afan oromo"),
            language("el", "Greek", "ελληνικά | ελληνικα | ellinika", "gre"),
            language("he", "Hebrew", "עברית | ivrit", "heb"),
            language("gu", "Gujarati", "ગુજરાતી | gujarathi", "guj"),
            language("te", "Telugu", "తెలుగు | telugu", ""),
            language("ta", "Tamil", "தமிழ் | tamizh", ""),
            language("mix", "Mixteco", "tu'un sávi", "mixtec | mixteca"),
            language("ase", "American Sign Language", "", "asl | sign language | ameslan"),
            language("akt", "Akateko", "akateko", "akatek | akateco | acateco"),
            language("cac", "Chuj", "", "chuj maya"),
            language("ixl", "Ixil", "", "ixil maya"),
            language("cak", "Kaqchikel", "kaqchikel", "cakchiquel | kakchikel"),
            language("kek", "Q'eqchi'", "q'eqchi'", "kekchi | qeqchi | kekchi maya"),
            language("cab", "Garifuna", "garífuna", ""),
            language("zap", "Zapoteco", "diidxazá", "zapotec | zapoteca"),
            language("ml", "Malayalam", "മലയാളം | malayalam", "mal"),
            language("mr", "Marathi", "मराठी | marathi", "mahratti"),
            language("ku", "Kurdish", "کوردی | kurdî | kurdi", "kur | kurmanji | sorani | kmr | ckb"),
            language("uz", "Uzbek", "oʻzbekcha | o'zbek tili | ўзбекча", "uzb"),
            language("hy", "Armenian", "հայերեն | hayeren", "hye"),
            language("ka", "Georgian", "ქართული | kartuli", "kat"),
            language("mn", "Mongolian", "монгол хэл | mongol khel", "mongol"),
            language("hu", "Hungarian", "magyar", "hun"),
            language("sl", "Slovenian", "slovenščina", "slovene"),
            language("rom", "Romani", "romani čhib | romanes", "romany"),
            language("qu", "Quechua", "runa simi | runasimi", "quichua | kichwa"),
            language("id", "Indonesian", "bahasa indonesia", "ind"),
            language("jv", "Javanese", "basa jawa", "jawa"),
            language("cs", "Czech", "čeština", "ces | cze"),
            language("sk", "Slovak", "slovenčina", "slk | slo | slovakian"),
            language("bg", "Bulgarian", "български | balgarski", "bul"),
            language("mk", "Macedonian", "македонски | makedonski", "mkd"),
            language("nl", "Dutch", "nederlands | vlaams", "nld | dut | flemish"),
            language("ln", "Lingala", "lingála", ""),
            language("wo", "Wolof", "wolof", "wol"),
            language("ff", "Fula", "fulfulde | pulaar", "fulani | fulah | peul"),
            language("yo", "Yoruba", "yorùbá", "yor"),
            language("ig", "Igbo", "asụsụ igbo", "ibo"),
            language("ha", "Hausa", "harshen hausa", "hau"),
            language("ak", "Akan (Twi)", "twi", "fante | asante twi"),
            language("chk", "Chuukese", "", "trukese"),
            language("mh", "Marshallese", "kajin m̧ajeļ | kajin majel", "mah"),
            language("sm", "Samoan", "gagana sāmoa", "smo"),
            language("ilo", "Ilocano", "ilokano | iloko", ""),
            language("ceb", "Cebuano", "sinugbuanon | binisaya | bisaya", "visayan cebuano"),
            language("hak", "Hakka", "客家話 | 客家话 | hak ka fa", "hakka chinese"),
            language("cdo", "Fuzhounese", "福州話 | 福州话 | hokchiu", "foochow | fuzhou | min dong"),
            language("rhg", "Rohingya", "ruáingga", "rohinga"),
            language("nv", "Navajo", "diné bizaad", "nav | navaho"),
            language("ug", "Uyghur", "ئۇيغۇرچە | uyghurche", "uig | uighur | uygur"),
            language("bo", "Tibetan", "བོད་སྐད་ | bod skad | bhoe kay", "bod | tib"),
            language("din", "Dinka", "thuɔŋjäŋ | thuongjang | jieng", ""),
            language("nus", "Nuer", "thok naath", ""));

    private BuiltInLanguages() {
    }

    private static Language language(String tag, String englishName, String nativeNames, String aliases) {
        return new Language(tag, englishName, split(nativeNames), split(aliases));
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split("\\|")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
