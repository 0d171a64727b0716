package org.interpreterline.notification.texts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequesterTextsTest {

    @Test
    void queued() {
        assertThat(RequesterTexts.queued("K7Q2", "es", 2)).isEqualTo("Request K7Q2: all Spanish interpreters are "
                + "busy; you are number 2 in line. We will call you as soon as one is free.");
    }

    @Test
    void interpreterFoundGivesFirstNameAndInitialOnly() {
        assertThat(RequesterTexts.interpreterFound("K7Q2", "Ana Rodriguez"))
                .isEqualTo("Request K7Q2: Ana R. accepted. We are calling you now.");
        assertThat(RequesterTexts.interpreterFound("K7Q2", null))
                .isEqualTo("Request K7Q2: An interpreter accepted. We are calling you now.");
    }

    @Test
    void fallbackWithANumberPeopleCanCopy() {
        assertThat(RequesterTexts.fallback("K7Q2", "es", "+18005550000")).isEqualTo("Request K7Q2: no Spanish "
                + "interpreter is free. Call +1 800 555 0000 (our backup interpreter service) and give reference K7Q2.");
    }

    @Test
    void escalationWithoutAFallbackKeepsLooking() {
        assertThat(RequesterTexts.stillLooking("K7Q2", "ne"))
                .isEqualTo("Request K7Q2: no Nepali interpreter is free yet; we are still looking and will call you.");
    }

    @Test
    void aMissedCallBackSaysHowToAskAgain() {
        assertThat(RequesterTexts.callbackMissed("K7Q2", "es"))
                .startsWith("Request K7Q2: we called you but got no answer; text Spanish again");
    }

    @Test
    void aPausedInterpreterIsToldHowToComeBack() {
        assertThat(InterpreterNotices.paused()).contains("paused").contains("Text ON when you are ready");
    }
}
