package org.interpreterline.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;

/**
 * {@code line_language{language, language_name} 1} for every catalog language, so that dashboards and alerts
 * can say "Spanish" where the domain metrics carry the tag "es" (joined with {@code group_left}). Every service
 * exports it: a join works as long as any one of them is up. (Not {@code _info}: the Prometheus client
 * reserves that suffix and would strip it.)
 */
public class LanguageNames implements MeterBinder {

    private final LanguageCatalog catalog;

    public LanguageNames(LanguageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Language language : catalog.all()) {
            Gauge.builder("line_language", () -> 1)
                    .description("English name of each language tag the line knows")
                    .tag("language", language.tag())
                    .tag("language_name", language.englishName())
                    .register(registry);
        }
    }
}
