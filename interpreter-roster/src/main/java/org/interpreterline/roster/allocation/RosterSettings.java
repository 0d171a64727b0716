package org.interpreterline.roster.allocation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The roster's configuration ({@code line.roster.*}); {@link #policy()} is what the allocator runs on.
 *
 * @param rosterId the roster this deployment serves (events of other rosters are not booked here)
 * @param maxCall  a call not heard to end after this long is presumed over (see {@link AllocationPolicy})
 * @param sameInterpreterWait how long a request is offered only to the officer's interpreter from last time
 */
@Validated
@ConfigurationProperties("line.roster")
public record RosterSettings(
        @NotBlank String rosterId,
        @NotNull Duration offerTimeout,
        @NotNull Duration wrapUp,
        @NotNull Duration escalateAfter,
        @NotNull Duration escalateAfterEmergency,
        @Min(1) int missedOffersBeforePause,
        @Min(1) @Max(3) int parallelRing,
        String fallbackNumber,
        @NotNull Duration tick,
        @NotNull Duration maxCall,
        @NotNull Duration sameInterpreterWait) {

    public AllocationPolicy policy() {
        return new AllocationPolicy(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency,
                missedOffersBeforePause, parallelRing, fallbackNumber, tick, maxCall, sameInterpreterWait);
    }
}
