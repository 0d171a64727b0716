package org.interpreterline.dispatch.card;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.interpreterline.events.language.CardPhrases;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The languages on the card, in the order a resident should meet them: this line's most requested languages first
 * (counted from the request history, the same record the board and the CSV read; recounted at most once a minute),
 * then every other language the catalog knows, in its order (the most requested from US lines first). And the
 * search: a query matches a language's English name, its own names, its other names and its "I speak" line.
 */
@Component
class CardLanguages {

    /** One language on the card. */
    record Entry(Language language, CardPhrases.CardPhrase phrase, boolean mostAsked, String searchText) {
    }

    private static final Logger log = LoggerFactory.getLogger(CardLanguages.class);
    private static final Duration RECOUNT_AFTER = Duration.ofMinutes(1);

    private final LanguageCatalog catalog;
    private final Supplier<Map<String, Integer>> counts;
    private final int mostAsked;
    private final Clock clock;
    private volatile List<String> ranked = List.of();
    private volatile Instant countedAt = Instant.MIN;

    @Autowired
    CardLanguages(LanguageCatalog catalog, RequestsByLanguage history, CardProperties props) {
        this(catalog, history::count, props.mostAsked(), Clock.systemUTC());
    }

    /** @param counts requests per language tag in the line's history; throws while it cannot be read */
    CardLanguages(LanguageCatalog catalog, Supplier<Map<String, Integer>> counts, int mostAsked, Clock clock) {
        this.catalog = catalog;
        this.counts = counts;
        this.mostAsked = mostAsked;
        this.clock = clock;
    }

    /** Every language, most requested here first; only those matching {@code query} when it is not blank. */
    List<Entry> inOrder(String query) {
        List<String> top = mostAsked();
        List<Entry> entries = new ArrayList<>();
        top.forEach(tag -> catalog.byTag(tag).ifPresent(l -> entries.add(entry(l, true))));
        catalog.all().stream().filter(l -> !top.contains(l.tag())).forEach(l -> entries.add(entry(l, false)));
        String wanted = searchable(query);
        return wanted.isEmpty() ? entries : entries.stream().filter(e -> e.searchText().contains(wanted)).toList();
    }

    /** The {@code mostAsked} tags most requested on this line, most first; empty while the history cannot be read. */
    List<String> mostAsked() {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(RECOUNT_AFTER) < 0 || mostAsked == 0) {
            return ranked;
        }
        Map<String, Integer> requests;
        try {
            requests = counts.get();
        } catch (RuntimeException unreadable) {
            log.info("Language card: the request history cannot be read here ({}); the catalog's order is used",
                    unreadable.getClass().getSimpleName());
            return List.of();
        }
        List<String> order = catalog.all().stream().map(Language::tag).toList();
        ranked = requests.entrySet().stream().filter(e -> catalog.byTag(e.getKey()).isPresent())
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparingInt(e -> order.indexOf(e.getKey())))
                .limit(mostAsked).map(Map.Entry::getKey).toList();
        countedAt = now;
        return ranked;
    }

    private static Entry entry(Language language, boolean mostAsked) {
        CardPhrases.CardPhrase phrase = CardPhrases.of(language);
        String names = Stream.of(Stream.of(language.tag(), language.englishName(), phrase.text()),
                        language.nativeNames().stream(), language.aliases().stream())
                .flatMap(s -> s).map(CardLanguages::searchable).distinct()
                .reduce((a, b) -> a + " " + b).orElse("");
        return new Entry(language, phrase, mostAsked, names);
    }

    /**
     * Lower case, accents off Latin letters, apostrophes gone: what the page's script does too, so "kiche" finds
     * K'iche' and "espanol" finds español with JavaScript on or off.
     */
    static String searchable(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (mark && afterLatin) {
                continue;
            }
            if (!mark) {
                afterLatin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            }
            if ("'’‘ʼʻ`´".indexOf(c) >= 0) {
                continue;
            }
            out.appendCodePoint(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
