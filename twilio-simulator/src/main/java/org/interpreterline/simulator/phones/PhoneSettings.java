package org.interpreterline.simulator.phones;

/**
 * A virtual phone's script.
 *
 * @param name              who holds it (shown on the page), optional
 * @param behaviour         reaction to incoming calls; {@code manual} when not given
 * @param answerAfterMs     delay before {@code answer} / {@code voicemail} pick up (default 200)
 * @param digitsAfterAnswer keys pressed automatically when the first Gather of a call waits, e.g. "1"
 * @param smsFails          texts to this phone are rejected (Twilio error 21610)
 */
public record PhoneSettings(String name, Behaviour behaviour, Integer answerAfterMs, String digitsAfterAnswer,
                            Boolean smsFails) {

    public static final int DEFAULT_ANSWER_AFTER_MS = 200;

    public PhoneSettings {
        behaviour = behaviour == null ? Behaviour.MANUAL : behaviour;
        answerAfterMs = answerAfterMs == null ? DEFAULT_ANSWER_AFTER_MS : Math.max(0, answerAfterMs);
        digitsAfterAnswer = digitsAfterAnswer == null || digitsAfterAnswer.isBlank() ? null : digitsAfterAnswer.strip();
        smsFails = smsFails != null && smsFails;
    }

    public static PhoneSettings defaults() {
        return new PhoneSettings(null, null, null, null, null);
    }

    public static PhoneSettings of(Behaviour behaviour) {
        return new PhoneSettings(null, behaviour, null, null, null);
    }
}
