package org.interpreterline.dispatch.intake;

import java.util.Optional;
import org.interpreterline.dispatch.card.LanguageCardDesk;
import org.interpreterline.events.dispatch.Responder;
import org.springframework.stereotype.Component;

/** An officer's YES to the language a person chose on their language card: the request opens, the card is spent. */
@Component
class CardAnswers {

    private final LanguageCardDesk cards;
    private final ResponderTexts texts;

    CardAnswers(LanguageCardDesk cards, ResponderTexts texts) {
        this.cards = cards;
        this.texts = texts;
    }

    /** @param roster the roster whose number the YES was texted to */
    String yes(Responder responder, String messageSid, String from, String roster) {
        Optional<LanguageCardDesk.Choice> choice = cards.chosenFor(from);
        if (choice.isEmpty()) {
            return "There is no language card choice to say YES to. Text CARD for a card to show the person, or "
                    + "text a language such as Spanish.";
        }
        return texts.fromLanguageCard(responder, choice.get().language(), messageSid, from, roster,
                requestId -> cards.spent(choice.get(), requestId));
    }
}
