package org.interpreterline.dispatch;

import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The language catalog, and the keypad menu: {@code line.dispatch.menu} if set, else the standard one. */
@Configuration(proxyBeanMethods = false)
public class LineLanguages {

    @Bean
    LanguageCatalog languageCatalog() {
        return LanguageCatalog.standard();
    }

    /**
     * Fails start-up on a digit outside 1-8 (0 and 9 are reserved) or a tag the catalog does not know: better than a
     * wrong menu.
     */
    @Bean
    LanguageMenu languageMenu(DispatchProperties props, LanguageCatalog catalog) {
        return props.menu().isEmpty() ? LanguageMenu.standard(catalog) : new LanguageMenu(props.menu(), catalog);
    }
}
