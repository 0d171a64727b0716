package org.interpreterline.simulator.support;

import java.time.Duration;
import org.interpreterline.simulator.SimulatorProperties;
import org.springframework.stereotype.Component;

/**
 * Simulated waits (ring timeouts, Gather timeouts, Pause) divided by {@code simulator.time-scale}: tests run a
 * "60-second" ring in a fraction of that.
 */
@Component
public class TimeScale {

    private final double factor;

    public TimeScale(SimulatorProperties properties) {
        this.factor = properties.timeScale();
    }

    public Duration seconds(double seconds) {
        return scaled(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    public Duration scaled(Duration wait) {
        return Duration.ofNanos(Math.round(wait.toNanos() / factor));
    }
}
