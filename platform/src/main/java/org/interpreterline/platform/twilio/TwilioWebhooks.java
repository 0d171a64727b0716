package org.interpreterline.platform.twilio;

import org.interpreterline.platform.sealing.NumberSeal;
import org.interpreterline.platform.sealing.SealingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.interpreterline.platform.web.WebhookApology;
import org.interpreterline.platform.web.WebhookFallback;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * For services Twilio calls: the account settings, and the signature check on everything the {@code /twilio/**}
 * handlers serve. The check is a filter of its own Spring Security filter chain, chosen by the same path pattern
 * Spring MVC routes with (decoded, within the application, path parameters ignored), after Spring Security's
 * firewall has refused the ambiguous spellings: however a webhook's path is spelled, the request that reaches the
 * handler has passed the check. Every other path falls to the admin chain, which wants credentials. A handler that
 * fails is answered with TwiML all the same ({@link WebhookApology}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TwilioProperties.class, WebhookFallback.class, SealingProperties.class})
public class TwilioWebhooks {

    /** The webhooks' paths; the public URL and these make the URLs Twilio calls and signs. */
    public static final String PATHS = "/twilio/**";
    static final RequestMatcher WEBHOOKS = PathPatternRequestMatcher.withDefaults().matcher(PATHS);

    @Bean
    WebhookRejections webhookRejections(MeterRegistry registry, Environment env) {
        return new WebhookRejections(registry, env.getRequiredProperty("spring.application.name"));
    }

    /** Residents' numbers cross Kafka sealed: dispatch-service seals them, notification-service opens them to dial. */
    @Bean
    NumberSeal numberSeal(SealingProperties props) {
        return new NumberSeal(props);
    }

    @Bean
    WebhookApology webhookApology(WebhookFallback fallback) {
        return new WebhookApology(fallback);
    }

    @Bean
    @Order(1)
    SecurityFilterChain twilioWebhookSecurity(HttpSecurity http, TwilioProperties twilio,
            WebhookRejections rejections) throws Exception {
        http.securityMatcher(WEBHOOKS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // first thing in the chain: nothing has read the body before the signature check
                .addFilterBefore(new WebhookSignatureFilter(twilio, rejections), SecurityContextHolderFilter.class)
                // Twilio holds no session and no CSRF token; the signature is the proof
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
