package org.interpreterline.dispatch.intake;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.springframework.stereotype.Component;

/**
 * The language question: keypad or spoken answer, one digit, six seconds. Twilio posts the answer (or the
 * silence: {@code actionOnEmptyResult}) to {@code /twilio/voice/language?attempt=N}, so the caller is never
 * left in silence.
 */
@Component
public class LanguageMenuTwiml {

    static final String LANGUAGE_PATH = "/twilio/voice/language";
    private static final int ANSWER_SECONDS = 6;

    private final LanguageMenu menu;
    private final TwilioProperties twilio;
    private final String hints;

    public LanguageMenuTwiml(LanguageMenu menu, LanguageCatalog catalog, TwilioProperties twilio) {
        this.menu = menu;
        this.twilio = twilio;
        this.hints = hints(menu, catalog);
    }

    /**
     * @param lead    said before the menu ("Interpreter Line. ", "Sorry, I didn't catch that. ")
     * @param attempt which time the caller is asked
     * @param agency  the agency a PIN identified the caller with, else null
     */
    public VoiceResponse menu(String lead, int attempt, String agency) {
        Gather gather = new Gather.Builder()
                .inputs(List.of(Gather.Input.DTMF, Gather.Input.SPEECH))
                .numDigits(1)
                .timeout(ANSWER_SECONDS)
                .action(languageUrl(attempt, agency, false))
                .actionOnEmptyResult(true)
                .hints(hints)
                .say(new Say.Builder(lead + menu.prompt()).build())
                .build();
        return new VoiceResponse.Builder().gather(gather).build();
    }

    /** After 0: the caller says the language's name. */
    public VoiceResponse sayTheLanguage(int attempt, String agency) {
        Gather gather = new Gather.Builder()
                .inputs(Gather.Input.SPEECH)
                .timeout(ANSWER_SECONDS)
                .speechTimeout("auto")
                .action(languageUrl(attempt, agency, true))
                .actionOnEmptyResult(true)
                .hints(hints)
                .say(new Say.Builder("Say the name of the language you need, for example Somali or Ukrainian.")
                        .build())
                .build();
        return new VoiceResponse.Builder().gather(gather).build();
    }

    /**
     * The caller's choice could not be taken just now: they hear "one moment", and after two seconds Twilio posts
     * the same choice again ({@code waited} counts the tries).
     */
    public VoiceResponse oneMoment(int attempt, String agency, boolean spoken, String digits, String speech,
            int waited) {
        String again = languageUrl(attempt, agency, spoken) + "&waited=" + waited
                + (digits == null || digits.isBlank() ? "" : "&Digits=" + URLEncoder.encode(digits,
                        StandardCharsets.UTF_8))
                + (speech == null || speech.isBlank() ? "" : "&SpeechResult=" + URLEncoder.encode(speech,
                        StandardCharsets.UTF_8));
        return new VoiceResponse.Builder()
                .say(new Say.Builder(waited == 1 ? "One moment, please." : "Still connecting, please hold.").build())
                .pause(new Pause.Builder().length(2).build())
                .redirect(new Redirect.Builder(again).method(HttpMethod.POST).build())
                .build();
    }

    String languageUrl(int attempt, String agency, boolean spoken) {
        return twilio.publicUrl(LANGUAGE_PATH) + "?attempt=" + attempt
                + (spoken ? "&spoken=true" : "")
                + (agency == null ? "" : "&agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8));
    }

    /** The language names speech recognition is told to expect. */
    String hints() {
        return hints;
    }

    /** Speech recognition hints: the menu's languages first, then every other name in the catalog. */
    private static String hints(LanguageMenu menu, LanguageCatalog catalog) {
        var names = new java.util.LinkedHashSet<String>();
        menu.languagesByDigit().values().forEach(l -> names.add(l.spokenName()));
        catalog.all().stream().map(Language::spokenName).forEach(names::add);
        return names.stream().limit(100).collect(Collectors.joining(", "));
    }
}
