package org.interpreterline.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.CompositePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Keeps the simulator's configuration its own when it runs inside another module's JVM.
 *
 * <ul>
 *   <li>The host module's {@code application.yml} would otherwise shadow the simulator's (same classpath name)
 *   and hand it the host's port and settings: the simulator reads {@code twilio-simulator.yml/properties}
 *   instead (optional, for operators).</li>
 *   <li>Its defaults ({@code simulator-defaults.yml}, mapping the line's environment variables) sit below
 *   everything else, even below {@code SpringApplicationBuilder.properties(...)}, so an in-process start can
 *   override any of them that way.</li>
 * </ul>
 * Runs only for applications built from {@link TwilioSimulatorApplication}; other applications in the same JVM
 * are left alone.
 */
public class SimulatorEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "simulator-defaults.yml";
    private static final String DEFAULT_PROPERTIES = "defaultProperties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!application.getAllSources().contains(TwilioSimulatorApplication.class)) {
            return;
        }
        // Boot moves "defaultProperties" to the very end after this step: extend that source rather than add
        // another one below it, and let what the builder put there come first.
        var sources = environment.getPropertySources();
        PropertySource<?> builderDefaults = sources.get(DEFAULT_PROPERTIES);
        CompositePropertySource merged = new CompositePropertySource(DEFAULT_PROPERTIES);
        if (builderDefaults != null) {
            merged.addPropertySource(builderDefaults);
        }
        merged.addPropertySource(new MapPropertySource("simulatorConfigName", Map.of("spring.config.name", "twilio-simulator")));
        loadDefaults().forEach(merged::addPropertySource);
        if (builderDefaults != null) {
            sources.replace(DEFAULT_PROPERTIES, merged);
        } else {
            sources.addLast(merged);
        }
    }

    private static List<PropertySource<?>> loadDefaults() {
        try {
            return new YamlPropertySourceLoader().load("simulatorDefaults", new ClassPathResource(DEFAULTS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
    }

    @Override
    public int getOrder() {
        // before Boot's ConfigDataEnvironmentPostProcessor reads spring.config.name
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
