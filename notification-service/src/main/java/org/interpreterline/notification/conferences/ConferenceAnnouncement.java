package org.interpreterline.notification.conferences;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Say;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.text.CleanText;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /twilio/conference/announcement}: what Twilio plays into a request's conference when the line announces
 * something there (how a call to an added resident went). The words come in the URL the line signed with its own
 * request to Twilio, so only the line can have them said; they are cleaned and cut short all the same.
 */
@RestController
public class ConferenceAnnouncement {

    private static final int LONGEST = 300;

    @PostMapping(WebhookUrls.ANNOUNCEMENT)
    public ResponseEntity<String> announcement(@RequestParam(name = "say", required = false) String words) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        String said = CleanText.of(words, LONGEST);
        if (!said.isEmpty()) {
            response.say(new Say.Builder(said).build());
        }
        return TwimlReplies.answer(response.build());
    }
}
