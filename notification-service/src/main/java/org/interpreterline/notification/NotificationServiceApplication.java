package org.interpreterline.notification;

import org.interpreterline.platform.LinePlatform;
import org.interpreterline.platform.twilio.TwilioWebhooks;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import({LinePlatform.class, TwilioWebhooks.class})
public class NotificationServiceApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
