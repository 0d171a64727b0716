package org.interpreterline.platform.routing;

import java.net.URI;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.platform.streams.StreamsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Several instances of one service: which one owns the roster ({@link RosterOwner}), forwarding to it
 * ({@link OwnerForwarding}) for the paths the service lists in {@code line.routing.paths}, and the readiness that
 * says whether this instance can serve ({@code serving} in /actuator/health and its readiness group).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
public class OwnerRouting {

    /** After Spring Security (and the webhook signature check, which comes before it). */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    RosterOwner rosterOwner(ObjectProvider<LineStreams> streams, StreamsProperties props, Environment env) {
        return new RosterOwner(streams.getIfUnique(), env.getRequiredProperty("line.roster-id"),
                URI.create(props.instanceUrl()).getScheme());
    }

    @Bean("serving")
    ReadyToServe readyToServe(ObjectProvider<LineStreams> streams, RosterOwner rosterOwner) {
        return new ReadyToServe(streams.orderedStream().toList(), rosterOwner);
    }

    @Bean
    FilterRegistrationBean<OwnerForwarding> ownerForwarding(RoutingProperties routing, RosterOwner owner,
            StreamsProperties props) {
        if (routing.enabled() && !owner.tracked()) {
            throw new IllegalStateException("line.routing.paths is set, but this service runs no single Streams "
                    + "topology whose owner requests could be forwarded to");
        }
        FilterRegistrationBean<OwnerForwarding> registration = new FilterRegistrationBean<>(
                new OwnerForwarding(owner, routing, props.instanceUrl()));
        registration.setOrder(ORDER);
        registration.setEnabled(routing.enabled());
        return registration;
    }
}
