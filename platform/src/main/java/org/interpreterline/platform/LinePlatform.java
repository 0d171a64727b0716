package org.interpreterline.platform;

import io.micrometer.core.instrument.MeterRegistry;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.admin.AdminAccess;
import org.interpreterline.platform.admin.AdminProblems;
import org.interpreterline.platform.audit.AuditTrail;
import org.interpreterline.platform.kafka.DeadLetters;
import org.interpreterline.platform.kafka.KafkaHealth;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.platform.kafka.LineTopics;
import org.interpreterline.platform.metrics.LanguageNames;
import org.interpreterline.platform.production.ProductionSettingsCheck;
import org.interpreterline.platform.rosters.RosterNumberProperties;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.routing.OwnerRouting;
import org.interpreterline.platform.streams.StreamsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * What every service of the line has: its topics, Kafka in its health, admin credentials and their audit trail,
 * problem details, the dead-letter count, the language names its metrics are read with, the production profile's
 * refusal of unsafe settings, and what lets it run as several instances (requests answered by the roster's owner, readiness).
 * Services that Twilio calls add {@link org.interpreterline.platform.twilio.TwilioWebhooks}; a service
 * imports them with {@code @Import}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KafkaTopicProperties.class, StreamsProperties.class, RosterNumberProperties.class})
@Import({AdminAccess.class, AdminProblems.class, OwnerRouting.class, AuditTrail.class})
public class LinePlatform {

    /** Static: it checks the settings before any other bean is made. */
    @Bean
    static ProductionSettingsCheck productionSettingsCheck() {
        return new ProductionSettingsCheck();
    }

    @Bean
    KafkaAdmin.NewTopics lineTopics(KafkaTopicProperties props) {
        return LineTopics.declarations(props);
    }

    @Bean("kafka")
    KafkaHealth kafkaHealth(KafkaAdmin admin) {
        return new KafkaHealth(admin.getConfigurationProperties());
    }

    @Bean
    DeadLetters deadLetters(MeterRegistry registry, Environment env) {
        return new DeadLetters(registry, env.getRequiredProperty("spring.application.name"));
    }

    /** The agencies' rosters on this deployment and their numbers; a wrong entry stops the start, naming it. */
    @Bean
    LineRosters rosters(Environment env, RosterNumberProperties numbers) {
        return LineRosters.of(env.getRequiredProperty("line.roster-id"), env.getRequiredProperty("line.twilio.line-number"),
                numbers.numbers());
    }

    @Bean
    LanguageNames languageNames() {
        return new LanguageNames(LanguageCatalog.standard());
    }
}
