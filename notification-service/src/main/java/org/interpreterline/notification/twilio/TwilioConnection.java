package org.interpreterline.notification.twilio;

import com.twilio.http.TwilioRestClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.residents.ResidentDialling;
import org.interpreterline.notification.residents.ResidentNumbers;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.twilio.TwilioClients;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.interpreterline.platform.twilio.TwilioTimeouts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SDK client routed to {@code TWILIO_API_BASE_URL}, every request of it timed, and the errand runner through
 * which the call desk's Twilio work is done.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TwilioTimeouts.class, TwilioRetryProperties.class, TwilioBreakerProperties.class})
public class TwilioConnection {

    @Bean
    TwilioRestClient twilioRestClient(TwilioProperties twilio, TwilioTimeouts timeouts) {
        return TwilioClients.restClient(twilio.accountSid(), twilio.authToken(), twilio.apiBaseUrl(), timeouts);
    }

    @Bean
    TwilioBreaker twilioBreaker(TwilioBreakerProperties settings, MeterRegistry registry) {
        return new TwilioBreaker(settings, registry);
    }

    @Bean
    TimedTwilio timedTwilio(TwilioRestClient client, MeterRegistry registry, TwilioBreaker breaker) {
        return new TimedTwilio(client, registry, breaker);
    }

    @Bean(destroyMethod = "close")
    TwilioErrands twilioErrands(NotificationProperties props) {
        return new TwilioErrands(props.twilioConcurrency());
    }

    @Bean
    TwilioRetries twilioRetries(TwilioRetryProperties settings) {
        return new TwilioRetries(settings);
    }

    @Bean
    ResidentDialling residentDialling(TimedTwilio twilio, WebhookUrls urls, NotificationProperties props,
            CallFacts facts, TwilioErrands errands, TwilioRetries retries, ResidentNumbers numbers, Clock clock) {
        return new TwilioResidentCalls(twilio, urls, props, facts, errands, retries, numbers, clock);
    }

    @Bean
    PhoneWork phoneWork(TimedTwilio twilio, WebhookUrls urls, NotificationProperties props, CallFacts facts,
            TwilioErrands errands, TwilioRetries retries, LineRosters rosters, Clock clock) {
        return new TwilioPhoneWork(twilio, urls, props, facts, errands, retries, rosters, clock);
    }
}
