package org.interpreterline.roster.forecast;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;

/**
 * An interpreter's usual hours, as an administrator declares them: {@code {"hours": [{"day": "TUESDAY", "from": 0,
 * "to": 6}]}}, hours of the line's reports time zone, {@code to} exclusive (24 = midnight); an empty list takes
 * them back.
 */
record AvailabilityForm(@NotNull @Size(max = 50) List<@NotNull @Valid Stretch> hours) {

    record Stretch(@NotNull DayOfWeek day, @NotNull @Min(0) @Max(23) Integer from,
            @NotNull @Min(1) @Max(24) Integer to) {
    }
}
