package org.interpreterline.notification.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.Fixtures;
import org.junit.jupiter.api.Test;

class OfferPromptTest {

    @Test
    void namesLanguageAgencyAndPriorityInEnglish() {
        assertThat(OfferPrompt.offer(Fixtures.offer("r1", "o1", Channel.VOICE))).isEqualTo(
                "Spanish interpreter needed for Pittsburgh Police, emergency. Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call.");
    }

    @Test
    void readsALanguageWithoutAVoiceInEnglishAndKeepsTheNote() {
        OfferMade made = new OfferMade(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "i1", "Abdi",
                "+14125550111", "so", "Allegheny County EMS", Priority.URGENT, "Patient is a child", Channel.SMS,
                null, null, null, null, 1);

        assertThat(OfferPrompt.offer(made)).isEqualTo("Somali interpreter needed for Allegheny County EMS, urgent. "
                + "Patient is a child. Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call.");
    }

    @Test
    void saysAMultiWordLanguageWithoutParentheses() {
        OfferMade made = new OfferMade(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "i1", "Li",
                "+14125550111", "zh", null, Priority.ROUTINE, null, Channel.VOICE, null, null, null, null, 1);

        assertThat(OfferPrompt.offer(made)).doesNotContain("(").endsWith(
                "interpreter needed, routine. Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call.");
    }
}
