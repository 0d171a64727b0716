package org.interpreterline.notification.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.notification.Fixtures;
import org.interpreterline.notification.TwimlDocument;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.twilio.TwimlReplies;

/**
 * Whatever an {@code OfferMade} carries (a note, an agency, a language tag from any writer, old or new), the offer
 * prompt renders as TwiML the SDK serialises and an XML parser reads, and still asks for the key.
 */
class OfferPromptPropertyTest {

    private final OfferTwiml twiml = new OfferTwiml(new WebhookUrls(Fixtures.twilio()), Fixtures.props());

    @Property(tries = 1000)
    void noOfferPromptFailsToRender(@ForAll("hostile") String note, @ForAll("hostile") String agency,
            @ForAll("hostile") String language) {
        OfferMade made = new OfferMade(UUID.randomUUID(), Fixtures.NOW, "default", "r1", "o1", "i1", "Ana",
                "+14125550111", language, agency, Priority.URGENT, note, Channel.SMS, null, null, "req-r1", null, 1);

        String xml = TwimlReplies.xml(twiml.prompt(RingingOffer.of(made, Fixtures.NOW), java.util.Optional.empty(), 0, null));

        TwimlDocument doc = TwimlDocument.parse(xml);
        assertThat(doc.verbs()).isEqualTo("Gather,Redirect");
        assertThat(doc.text("/Response/Gather/Say")).endsWith("Press 1 to accept, 2 to decline, 3 if you know this person or cannot take this call, 4 to hear this again.");
    }

    /** Any UTF-16 text (control characters, lone surrogates, format characters) and what a phone sends. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(700);
        Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE00", "\uD83D", "\uDE00", "\u0000", "\u0007", "\u202E",
                "\u200D", "\uFEFF", "\uFFFF", "\u0301", "x", " ", "\u0645").list().ofMaxSize(400)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(any, emoji, emoji.map(s -> "Nepali x " + s)).injectNull(0.05);
    }
}
