package org.interpreterline.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A stand-in for Twilio: the REST API the services call, the signed webhooks Twilio sends them, a TwiML
 * interpreter and scripted virtual phones.
 *
 * <p>Service modules start it inside their own tests, where their classpath brings Spring Security and Kafka:
 * those auto-configurations are excluded by name (absent classes are fine) so the simulator never locks its API
 * behind a generated password nor looks for a broker. {@link SimulatorEnvironment} keeps the host's
 * {@code application.yml} out of the simulator's context.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration"
})
@ConfigurationPropertiesScan
public class TwilioSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(TwilioSimulatorApplication.class, args);
    }
}
