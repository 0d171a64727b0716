package org.interpreterline.roster.interpreters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an administrator sends to add or change an interpreter; tier 1 is offered first (default 1).
 *
 * @param rosters the agencies' rosters they take calls for, where the deployment serves several; unset: the
 *                deployment's own for someone new, the ones they had for a change
 */
public record InterpreterForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank String phone,
        @NotEmpty(message = "must list at least one language") List<String> languages,
        @Min(1) @Max(9) Integer tier,
        List<String> rosters) {

    public int tierOrDefault() {
        return tier == null ? 1 : tier;
    }
}
