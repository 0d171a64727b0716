package org.interpreterline.notification.twilio;

import com.twilio.http.TwilioRestClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.interpreterline.platform.twilio.TwilioClients;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SDK client routed to {@code TWILIO_API_BASE_URL}, every request of it timed. */
@Configuration(proxyBeanMethods = false)
public class TwilioApi {

    @Bean
    TwilioRestClient twilioRestClient(TwilioProperties twilio) {
        return TwilioClients.restClient(twilio.accountSid(), twilio.authToken(), twilio.apiBaseUrl());
    }

    @Bean
    TimedTwilio timedTwilio(TwilioRestClient client, MeterRegistry registry) {
        return new TimedTwilio(client, registry);
    }

    /** Where webhooks hand REST calls they trigger, so a webhook never waits on Twilio. */
    @Bean(destroyMethod = "close")
    ExecutorService twilioBackground() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }
}
