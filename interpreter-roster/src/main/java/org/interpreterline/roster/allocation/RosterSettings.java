package org.interpreterline.roster.allocation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The roster's configuration ({@code line.roster.*}); {@link #policy()} is what the allocator runs on.
 *
 * @param rosterId the roster this deployment serves (events of other rosters are not booked here)
 * @param maxCall  a call not heard to end after this long is presumed over (see {@link AllocationPolicy})
 * @param sameInterpreterWait how long a request is offered only to the officer's interpreter from last time
 * @param wellbeing the interpreters' wellbeing rules ({@code line.roster.wellbeing.*}, see {@link WellbeingPolicy})
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
        @NotNull Duration sameInterpreterWait,
        @Valid @NotNull Wellbeing wellbeing) {

    /**
     * {@code line.roster.wellbeing.*}.
     *
     * @param timeZone the roster's time zone, where night hours are read (the line's reports time zone)
     */
    public record Wellbeing(
            @NotNull Duration toughWrapUp,
            @Min(1) int toughCallsBeforeRest,
            @NotNull Duration toughWindow,
            @NotNull Duration toughRest,
            @NotNull LocalTime nightStarts,
            @NotNull LocalTime nightEnds,
            @NotNull Duration nightWindow,
            @NotNull ZoneId timeZone) {
    }

    public AllocationPolicy policy() {
        return new AllocationPolicy(offerTimeout, wrapUp, escalateAfter, escalateAfterEmergency,
                missedOffersBeforePause, parallelRing, fallbackNumber, tick, maxCall, sameInterpreterWait,
                new WellbeingPolicy(wellbeing.toughWrapUp(), wellbeing.toughCallsBeforeRest(),
                        wellbeing.toughWindow(), wellbeing.toughRest(), wellbeing.nightStarts(),
                        wellbeing.nightEnds(), wellbeing.nightWindow(), wellbeing.timeZone()));
    }
}
