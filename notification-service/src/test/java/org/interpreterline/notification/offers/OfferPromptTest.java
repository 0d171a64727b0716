package org.interpreterline.notification.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.Fixtures;
import org.junit.jupiter.api.Test;

class OfferPromptTest {

    /**
     * What an older dispatch-service put in the event for "Nepali x" and 150 emoji with control characters by SMS:
     * cut at 300 UTF-16 units, which is inside an emoji, the control characters kept.
     */
    static final String HOSTILE_NOTE = ("Nepali x \u0000\u0007" + "\uD83D\uDE00".repeat(150)).substring(0, 300);

    @Test
    void namesLanguageAgencyAndPriorityInEnglish() {
        assertThat(OfferPrompt.offer(Fixtures.offer("r1", "o1", Channel.VOICE))).isEqualTo(
                "Spanish interpreter needed for Pittsburgh Police, emergency. Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.");
    }

    @Test
    void readsALanguageWithoutAVoiceInEnglishAndKeepsTheNote() {
        OfferMade made = new OfferMade(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "i1", "Abdi",
                "+14125550111", "so", "Allegheny County EMS", Priority.URGENT, "Patient is a child", Channel.SMS,
                null, null, null, null, 1);

        assertThat(OfferPrompt.offer(made)).isEqualTo("Somali interpreter needed for Allegheny County EMS, urgent. "
                + "Patient is a child. Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.");
    }

    /** The warning comes before the note, in plain words, so it is heard even when the note runs long. */
    @Test
    void aFlaggedCallIsAnnouncedBeforeTheNote() {
        OfferMade made = new OfferMade(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "i1", "Ana",
                "+14125550111", "es", "Pittsburgh Police", Priority.URGENT, "Spanish DV, kids in the house",
                Channel.SMS, null, null, null, null, 1,
                java.util.List.of(org.interpreterline.events.CallFlag.CHILD,
                        org.interpreterline.events.CallFlag.DOMESTIC_VIOLENCE));

        assertThat(OfferPrompt.offer(made)).isEqualTo("Spanish interpreter needed for Pittsburgh Police, urgent. "
                + "This call may involve domestic violence and a child. Spanish DV, kids in the house. Press 1 to "
                + "accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.");
    }

    @Test
    void saysAMultiWordLanguageWithoutParentheses() {
        OfferMade made = new OfferMade(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "i1", "Li",
                "+14125550111", "zh", null, Priority.ROUTINE, null, Channel.VOICE, null, null, null, null, 1);

        assertThat(OfferPrompt.offer(made)).doesNotContain("(").endsWith(
                "interpreter needed, routine. Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.");
    }

    @Test
    void aNoteCutInsideAnEmojiWithControlCharactersIsSaidWithoutThem() throws Exception {
        OfferMade made = new OfferMade(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "i1", "Ana",
                "+14125550111", "ne", "Pittsburgh\u0000 Police\u202E", Priority.URGENT, HOSTILE_NOTE, Channel.SMS,
                null, null, null, null, 1);
        assertThat(Character.isHighSurrogate(HOSTILE_NOTE.charAt(HOSTILE_NOTE.length() - 1))).isTrue();

        String words = OfferPrompt.offer(made);

        assertThat(words).startsWith("Nepali interpreter needed for Pittsburgh Police, urgent. Nepali x \uD83D\uDE00")
                .endsWith("Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.")
                .doesNotContain("\u0000", "\u0007", "\u202E");
        assertThat(words.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE)).isEmpty();
        // the SDK serialises it, which it refused to do for the raw note
        new com.twilio.twiml.VoiceResponse.Builder().say(new com.twilio.twiml.voice.Say.Builder(words).build())
                .build().toXml();
    }
}
