package org.interpreterline.notification.offers;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.util.Optional;
import org.interpreterline.notification.NotificationProperties;
import org.interpreterline.notification.calls.CallRequest.SpokenNote;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.twilio.TwimlReplies;
import org.springframework.stereotype.Component;

/** The TwiML documents of an offer call, built from {@link OfferPrompt}'s words. */
@Component
public class OfferTwiml {

    private final WebhookUrls urls;
    private final NotificationProperties props;

    public OfferTwiml(WebhookUrls urls, NotificationProperties props) {
        this.urls = urls;
        this.props = props;
    }

    /** What an interpreter hears about an offer that no longer stands; a late "1" hears the same. */
    public static VoiceResponse noLongerNeeded() {
        return TwimlReplies.sayAndHangUp(OfferPrompt.NO_LONGER_NEEDED);
    }

    /**
     * The accept prompt inside a one-key gather, with the officer's spoken note if they said one; when it times out,
     * Twilio falls through to the redirect, which plays it again ({@code repeat + 1}) until the repeats are used up.
     */
    public VoiceResponse prompt(RingingOffer offer, Optional<SpokenNote> note, int repeat, String before) {
        Gather.Builder gather = new Gather.Builder()
                .numDigits(1)
                .timeout((int) props.promptTimeout().toSeconds())
                .action(urls.offerAnswer(offer.offerId(), repeat))
                .method(HttpMethod.POST);
        if (before != null) {
            gather.say(say(before));
        }
        Optional<SpokenNote> heard = note.filter(n -> n.seconds() > 0);
        if (heard.isPresent()) {
            // the officer's own words, between what the line says about the call and the keys
            gather.say(say(OfferPrompt.about(offer.made()) + OfferPrompt.SPOKEN_NOTE))
                    .play(new Play.Builder(heard.get().url()).build())
                    .say(say(OfferPrompt.KEYS));
        } else {
            gather.say(say(OfferPrompt.offer(offer.made())));
        }
        return new VoiceResponse.Builder()
                .gather(gather.build())
                .redirect(new Redirect.Builder(urls.offer(offer.offerId(), repeat + 1)).method(HttpMethod.POST).build())
                .build();
    }

    public VoiceResponse connecting(RingingOffer offer) {
        return new VoiceResponse.Builder()
                .say(say(OfferPrompt.CONNECTING))
                .redirect(new Redirect.Builder(urls.bridge(offer.offerId(), 1)).method(HttpMethod.POST).build())
                .build();
    }

    static Say say(String words) {
        return new Say.Builder(words).build();
    }
}
