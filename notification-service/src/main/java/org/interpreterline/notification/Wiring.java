package org.interpreterline.notification;

import java.time.Clock;
import org.interpreterline.notification.kafka.NotificationEvents;
import org.interpreterline.notification.offers.LiveOffers;
import org.interpreterline.notification.offers.OfferOutcomes;
import org.interpreterline.notification.offers.OfferStanding;
import org.interpreterline.notification.requests.Requests;
import org.interpreterline.notification.twilio.WebhookUrls;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-memory state the webhooks read (rebuilt from Kafka at start-up) and the plain classes around it. */
@Configuration(proxyBeanMethods = false)
public class Wiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Replays replays() {
        return new Replays();
    }

    @Bean
    LiveOffers liveOffers(Clock clock, NotificationProperties props) {
        return new LiveOffers(clock, props.lookBack());
    }

    @Bean
    Requests requests(Clock clock, NotificationProperties props) {
        return new Requests(clock, props.lookBack());
    }

    @Bean
    OfferStanding offerStanding(Requests requests, LiveOffers offers) {
        return new OfferStanding(requests, offers);
    }

    @Bean
    OfferOutcomes offerOutcomes(LiveOffers offers, NotificationEvents events, Clock clock) {
        return new OfferOutcomes(offers, events, clock);
    }

    @Bean
    WebhookUrls webhookUrls(TwilioProperties twilio) {
        return new WebhookUrls(twilio);
    }
}
