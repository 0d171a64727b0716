package org.interpreterline.platform.rosters;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The other agencies' rosters this deployment serves, each reached on a Twilio number of its own
 * ({@code LINE_ROSTER_NUMBERS}, e.g. {@code ems=+14125550101,fire=+14125550102}). The deployment's own roster
 * ({@code LINE_ROSTER_ID}) is reached on {@code TWILIO_LINE_NUMBER}. Checked by {@link LineRosters#of}.
 *
 * @param numbers {@code roster=number} entries; empty for a deployment of one roster
 */
@ConfigurationProperties("line.rosters")
public record RosterNumberProperties(List<String> numbers) {

    public RosterNumberProperties {
        numbers = numbers == null ? List.of() : numbers.stream().filter(n -> n != null && !n.isBlank())
                .map(String::trim).toList();
    }
}
