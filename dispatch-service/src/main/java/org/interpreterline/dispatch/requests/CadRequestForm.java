package org.interpreterline.dispatch.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A request opened by a CAD system for an officer's callback number.
 *
 * @param language       tag or name ("es", "Spanish", "espanol")
 * @param callbackNumber where the officer is called back once an interpreter accepted (E.164)
 * @param priority       EMERGENCY, URGENT or ROUTINE; URGENT if absent
 * @param flags          optional: the call may be traumatic for the interpreter, any of {@code DOMESTIC_VIOLENCE}
 *                       (or {@code DV}), {@code CHILD}, {@code DEATH}; the note's words flag it too, as in a text
 * @param roster         optional: the agency's roster the request is for, one this deployment serves; the
 *                       deployment's own if absent
 */
public record CadRequestForm(
        @NotBlank String language,
        @NotBlank String callbackNumber,
        @Size(max = 120) String agency,
        String priority,
        @Size(max = 500) String note,
        @Size(max = 120) String requesterName,
        @Size(max = 3) List<String> flags,
        @Size(max = 32) String roster) {
}
