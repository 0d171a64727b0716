package org.interpreterline.dispatch.card;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The card's pages are for a resident with no account: outside the admin API's credentials and outside the Twilio
 * signature check (their own chain, after the webhooks' and before the admin one). The token in the link is the
 * capability, and the tap carries it in its form body, which is the page's protection against forged posts
 * ({@link LanguageCardPage}); no session, no cookie.
 */
@Configuration(proxyBeanMethods = false)
class CardSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain languageCardSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(LanguageCardPage.PATH + "/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
