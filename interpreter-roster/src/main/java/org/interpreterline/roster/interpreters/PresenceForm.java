package org.interpreterline.roster.interpreters;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Presence an administrator may set for an interpreter. */
public record PresenceForm(
        @NotNull @Pattern(regexp = "AVAILABLE|OFFLINE|BREAK", message = "must be AVAILABLE, OFFLINE or BREAK")
        String status) {
}
