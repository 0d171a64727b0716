package org.interpreterline.simulator.conferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interpreterline.simulator.twiml.AudioFiles;
import org.interpreterline.simulator.twiml.TwimlDocument;
import org.interpreterline.simulator.twiml.TwimlParseException;
import org.interpreterline.simulator.twiml.TwimlParser;
import org.interpreterline.simulator.twiml.Verb;
import org.interpreterline.simulator.webhooks.WebhookRequest;
import org.interpreterline.simulator.webhooks.WebhookResponse;
import org.interpreterline.simulator.webhooks.WebhookSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A conference update with {@code AnnounceUrl}: requests the URL (signed, like every webhook) and plays its
 * {@code <Say>} and {@code <Play>} to everyone then in the conference (a recording of this simulator is heard as
 * its words). Other verbs ({@code <Pause>}, {@code <Redirect>} …) are not simulated here. A failed request or
 * invalid TwiML is a debugger error on the conference (11200 / 12100), and nobody hears anything.
 */
@Component
public class ConferenceAnnouncer {

    static final int HTTP_RETRIEVAL_FAILURE = 11200;
    static final int DOCUMENT_PARSE_FAILURE = 12100;

    private static final Logger log = LoggerFactory.getLogger(ConferenceAnnouncer.class);

    private final WebhookSender webhooks;
    private final AudioFiles audio;
    private final TwimlParser parser = new TwimlParser();

    ConferenceAnnouncer(WebhookSender webhooks, AudioFiles audio) {
        this.webhooks = webhooks;
        this.audio = audio;
    }

    /** Returns at once; the announcement follows any earlier one of the same conference. */
    public void announce(ConferenceRoom room, String url, String method) {
        room.queueAnnouncement(() -> play(room, new WebhookRequest(url, method, params(room))));
    }

    private void play(ConferenceRoom room, WebhookRequest request) {
        if (room.isCompleted()) {
            return; // it ended before its turn came: there is nobody to hear it
        }
        WebhookResponse response = webhooks.send(request);
        if (!response.ok()) {
            room.error(HTTP_RETRIEVAL_FAILURE, "HTTP retrieval failure: " + response.error(), request.url());
            return;
        }
        TwimlDocument document;
        try {
            document = parser.parse(response.body(), request.url());
        } catch (TwimlParseException e) {
            room.error(DOCUMENT_PARSE_FAILURE, "Document parse failure: " + e.getMessage(), request.url());
            return;
        }
        List<String> heard = heard(document);
        log.info("conference {} {}: announcing {}", room.sid(), room.name(), heard);
        room.announce(heard);
    }

    private List<String> heard(TwimlDocument document) {
        List<String> heard = new ArrayList<>();
        for (Verb verb : document.verbs()) {
            switch (verb) {
                case Verb.Say say -> heard.addAll(say.heard());
                case Verb.Play play -> heard.addAll(play.heard(audio));
                default -> log.debug("<{}> in an announcement: skipped", verb.getClass().getSimpleName());
            }
        }
        return heard;
    }

    private static Map<String, String> params(ConferenceRoom room) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", room.accountSid());
        params.put("ConferenceSid", room.sid());
        params.put("FriendlyName", room.name());
        return params;
    }
}
