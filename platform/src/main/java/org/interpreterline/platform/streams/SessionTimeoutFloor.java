package org.interpreterline.platform.streams;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session timeout below the brokers' {@code group.min.session.timeout.ms} is refused by the group coordinator,
 * and every join fails: the line's short default would stop a service on a cluster left at Kafka's defaults (6 s).
 * Before Streams start, the brokers' floor is read and the timeout raised to it (logged) when needed. A cluster
 * that cannot be asked (down at start-up) leaves the setting as configured.
 */
final class SessionTimeoutFloor {

    private static final String BROKER_MINIMUM = "group.min.session.timeout.ms";
    private static final String SESSION_TIMEOUT = StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG);
    private static final Logger log = LoggerFactory.getLogger(SessionTimeoutFloor.class);

    private SessionTimeoutFloor() {
    }

    static void apply(Properties config) {
        String configured = config.getProperty(SESSION_TIMEOUT);
        if (configured == null) {
            return;
        }
        Map<String, Object> admin = new java.util.HashMap<>();
        config.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k.toString())) {
                admin.put(k.toString(), v);
            }
        });
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        try (Admin client = Admin.create(admin)) {
            Node broker = client.describeCluster().nodes().get(5, TimeUnit.SECONDS).iterator().next();
            ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, broker.idString());
            Config brokerConfig = client.describeConfigs(java.util.List.of(resource)).all().get(5, TimeUnit.SECONDS)
                    .get(resource);
            ConfigEntry minimum = brokerConfig.get(BROKER_MINIMUM);
            if (minimum != null && minimum.value() != null
                    && Long.parseLong(minimum.value()) > Long.parseLong(configured)) {
                log.warn("Session timeout {} ms is below the brokers' {} of {} ms: using {} ms (a dead instance is "
                        + "noticed that much later)", configured, BROKER_MINIMUM, minimum.value(), minimum.value());
                config.put(SESSION_TIMEOUT, minimum.value());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Could not read the brokers' {} ({}); keeping the session timeout of {} ms", BROKER_MINIMUM,
                    e.toString(), configured);
        }
    }
}
