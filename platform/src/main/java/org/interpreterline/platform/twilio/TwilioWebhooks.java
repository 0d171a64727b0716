package org.interpreterline.platform.twilio;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** For services Twilio calls: the account settings and the signature check in front of {@code /twilio/**}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioProperties.class)
public class TwilioWebhooks {

    @Bean
    WebhookRejections webhookRejections(MeterRegistry registry, Environment env) {
        return new WebhookRejections(registry, env.getRequiredProperty("spring.application.name"));
    }

    @Bean
    FilterRegistrationBean<TwilioWebhookGuard> twilioWebhookGuard(TwilioProperties twilio,
            WebhookRejections rejections) {
        FilterRegistrationBean<TwilioWebhookGuard> registration =
                new FilterRegistrationBean<>(new TwilioWebhookGuard(twilio, rejections));
        registration.addUrlPatterns(TwilioWebhookGuard.PATH_PREFIX + "*");
        // before Spring Security and before anything reads the body
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
