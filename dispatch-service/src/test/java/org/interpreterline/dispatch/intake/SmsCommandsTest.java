package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.interpreterline.dispatch.presence.PresenceText;
import org.interpreterline.events.language.LanguageCatalog;
import org.junit.jupiter.api.Test;

class SmsCommandsTest {

    private final SmsCommands commands = new SmsCommands(LanguageCatalog.standard());

    @Test
    void readsKeywordsOnlyAsTheFirstWordOfAShortText() {
        assertThat(commands.fromResponder("cancel")).isInstanceOf(SmsCommand.Cancel.class);
        assertThat(commands.fromResponder("Status?")).isInstanceOf(SmsCommand.Status.class);
        assertThat(commands.fromResponder("HELP")).isInstanceOf(SmsCommand.Help.class);
        assertThat(commands.fromResponder("?")).isInstanceOf(SmsCommand.Help.class);
        assertThat(commands.fromInterpreter("On please")).isEqualTo(new SmsCommand.Presence(PresenceText.Change.ON));
        assertThat(commands.fromInterpreter("break")).isEqualTo(new SmsCommand.Presence(PresenceText.Change.BREAK));
        assertThat(commands.fromInterpreter("off.")).isEqualTo(new SmsCommand.Presence(PresenceText.Change.OFF));
        assertThat(commands.fromInterpreter("spanish")).isInstanceOf(SmsCommand.Unrecognised.class);
    }

    /** ALSO: a second interpreter for the call; "via": a relay from the start. */
    @Test
    void alsoAndViaAskForTwoInterpretersOnOneCall() {
        LanguageCatalog languages = LanguageCatalog.standard();
        assertThat(commands.fromResponder("ALSO K'iche'")).isEqualTo(
                new SmsCommand.Also(languages.byTag("quc").orElseThrow(), "K'iche'"));
        assertThat(commands.fromResponder("also haitian creole")).isEqualTo(
                new SmsCommand.Also(languages.byTag("ht").orElseThrow(), "haitian creole"));
        assertThat(commands.fromResponder("ALSO blorf")).isEqualTo(new SmsCommand.Also(null, "blorf"));

        SmsCommand.LanguageRequest pair = (SmsCommand.LanguageRequest) commands.fromResponder(
                "K'iche' via Spanish, DV at 5th and Main");
        assertThat(pair.language().tag()).isEqualTo("quc");
        assertThat(pair.via().tag()).isEqualTo("es");
        assertThat(pair.flags()).isNotEmpty();
        assertThat(pair.note()).contains("5th and Main");
        assertThat(((SmsCommand.LanguageRequest) commands.fromResponder("Mam via Spanish")).note())
                .as("nothing more than the pair").isNull();
        assertThat(((SmsCommand.LanguageRequest) commands.fromResponder("Spanish via Spanish")).via())
                .as("a language into itself is just the language").isNull();
        assertThat(((SmsCommand.LanguageRequest) commands.fromResponder("Spanish please")).via()).isNull();
    }

    @Test
    void againAsksForTheLastInterpreter_orForTheOneOfAReference() {
        assertThat(commands.fromResponder("AGAIN")).isEqualTo(new SmsCommand.Again(null));
        assertThat(commands.fromResponder("again k7q2")).isEqualTo(new SmsCommand.Again("K7Q2"));
        assertThat(commands.fromResponder("Again!")).isEqualTo(new SmsCommand.Again(null));
        assertThat(commands.fromInterpreter("again")).isInstanceOf(SmsCommand.Unrecognised.class);
    }

    @Test
    void addTakesTheRestOfTheTextAsTheNumber_whateverItsSpacing() {
        assertThat(commands.fromResponder("ADD +1 412 555 0199")).isEqualTo(new SmsCommand.AddResident("+1 412 555 0199"));
        assertThat(commands.fromResponder("add (412) 555-0199")).isEqualTo(new SmsCommand.AddResident("(412) 555-0199"));
        assertThat(commands.fromResponder("Add: 911")).isEqualTo(new SmsCommand.AddResident("911"));
        assertThat(commands.fromResponder("ADD")).isEqualTo(new SmsCommand.AddResident(""));
        // a language request that happens to start with the letters of ADD is still one
        assertThat(commands.fromResponder("Addis Ababa amharic")).isNotInstanceOf(SmsCommand.AddResident.class);
        assertThat(commands.fromInterpreter("ADD 4125550199")).isInstanceOf(SmsCommand.Unrecognised.class);
    }

    @Test
    void cardAsksForALanguageCard_andYesAnswersItsChoice_fromResponders() {
        assertThat(commands.fromResponder("CARD")).isEqualTo(new SmsCommand.Card());
        assertThat(commands.fromResponder("card please")).isEqualTo(new SmsCommand.Card());
        assertThat(commands.fromResponder("Yes")).isEqualTo(new SmsCommand.Yes());
        assertThat(commands.fromResponder("y")).isEqualTo(new SmsCommand.Yes());
        assertThat(commands.fromResponder("yes, she is at the door now")).isNotInstanceOf(SmsCommand.Yes.class);
        assertThat(commands.fromInterpreter("card")).isInstanceOf(SmsCommand.Unrecognised.class);
        assertThat(commands.fromInterpreter("yes")).isInstanceOf(SmsCommand.Unrecognised.class);
    }

    @Test
    void aFlagWordInARequestFlagsIt_andToughIsAnInterpretersWord() {
        var flagged = (SmsCommand.LanguageRequest) commands.fromResponder("Spanish DV");
        assertThat(flagged.language().tag()).isEqualTo("es");
        assertThat(flagged.flags()).containsExactly(org.interpreterline.events.CallFlag.DOMESTIC_VIOLENCE);
        assertThat(flagged.note()).isEqualTo("Spanish DV");
        var child = (SmsCommand.LanguageRequest) commands.fromResponder("Arabic child");
        assertThat(child.flags()).containsExactly(org.interpreterline.events.CallFlag.CHILD);
        var plain = (SmsCommand.LanguageRequest) commands.fromResponder("spanish, minor fender bender");
        assertThat(plain.flags()).isEmpty();

        assertThat(commands.fromInterpreter("TOUGH")).isEqualTo(new SmsCommand.Tough());
        assertThat(commands.fromInterpreter("tough one")).isEqualTo(new SmsCommand.Tough());
    }

    @Test
    void findsTheLanguageAndKeepsTheRestAsANote() {
        var plain = (SmsCommand.LanguageRequest) commands.fromResponder("Spanish please");
        assertThat(plain.language().tag()).isEqualTo("es");
        assertThat(plain.emergency()).isFalse();
        assertThat(plain.note()).isNull();

        var urgent = (SmsCommand.LanguageRequest) commands.fromResponder("ARABIC urgent");
        assertThat(urgent.emergency()).isTrue();
        assertThat(urgent.note()).isNull();

        var noted = (SmsCommand.LanguageRequest) commands.fromResponder("spanish, his wife only speaks french");
        assertThat(noted.language().tag()).isEqualTo("es");
        assertThat(noted.note()).isEqualTo("spanish, his wife only speaks french");

        var sentence = (SmsCommand.LanguageRequest) commands.fromResponder("I need a Somali interpreter");
        assertThat(sentence.language().tag()).isEqualTo("so");
    }

    @Test
    void anythingElseIsUnrecognised() {
        assertThat(commands.fromResponder("xyzzy")).isEqualTo(new SmsCommand.Unrecognised("xyzzy"));
        assertThat(commands.fromResponder("  ")).isEqualTo(new SmsCommand.Unrecognised(""));
        assertThat(commands.fromResponder("so he says")).isInstanceOf(SmsCommand.Unrecognised.class);
    }

    @Test
    void aLongNoteIsCutBetweenEmojiNotInsideOne() {
        String text = "Nepali x " + "\uD83D\uDE00".repeat(150);

        var request = (SmsCommand.LanguageRequest) commands.fromResponder(text);

        assertThat(request.language().tag()).isEqualTo("ne");
        assertThat(request.note()).startsWith("Nepali x \uD83D\uDE00").hasSizeLessThanOrEqualTo(300);
        assertThat(request.note().codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE))
                .isEmpty();
    }
}
