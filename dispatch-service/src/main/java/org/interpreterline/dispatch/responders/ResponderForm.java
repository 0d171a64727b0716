package org.interpreterline.dispatch.responders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator sends to register or change a responder. */
public record ResponderForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank String phone,
        @NotBlank @Size(max = 120) String agency,
        @Size(max = 40) String badge,
        String roster) {
}
