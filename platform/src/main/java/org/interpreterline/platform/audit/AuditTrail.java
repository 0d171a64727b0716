package org.interpreterline.platform.audit;

import java.time.Clock;
import java.time.Duration;
import org.interpreterline.events.Topics;
import org.interpreterline.events.audit.AuditEvent;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every service's admin API writes who looked and who changed what to {@code line.audit}, and serves the trail to
 * the auditor ({@code GET /api/audit}).
 */
@Configuration(proxyBeanMethods = false)
public class AuditTrail {

    /** After the credentials are checked and after a request for the roster's owner is forwarded to it. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 20;
    /** How long a read of the trail may take before the auditor is told to come back. */
    static final Duration READ_PATIENCE = Duration.ofSeconds(20);

    @Bean(destroyMethod = "close")
    TopicPublisher<String, AuditEvent> auditPublisher(KafkaProperties kafka) {
        return new TopicPublisher<>(Topics.LINE_AUDIT, kafka.buildProducerProperties());
    }

    @Bean
    AuditRecords auditRecords(KafkaProperties kafka) {
        return new AuditRecords(new AuditReader(kafka.buildConsumerProperties(), READ_PATIENCE, Clock.systemUTC()),
                Clock.systemUTC());
    }

    @Bean
    FilterRegistrationBean<AdminAudit> adminAudit(TopicPublisher<String, AuditEvent> auditPublisher,
            Environment env) {
        FilterRegistrationBean<AdminAudit> registration = new FilterRegistrationBean<>(new AdminAudit(auditPublisher,
                env.getRequiredProperty("spring.application.name"), env.getRequiredProperty("line.roster-id"),
                Clock.systemUTC()));
        registration.setOrder(ORDER);
        return registration;
    }
}
