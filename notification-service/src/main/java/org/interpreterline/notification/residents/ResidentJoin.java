package org.interpreterline.notification.residents;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Say;
import org.interpreterline.events.notification.Party;
import org.interpreterline.platform.twilio.ConferenceSeat;

/**
 * What an added resident's call plays: the announcement, then the request's conference, labelled {@code resident}
 * (so its join and leave are told apart), ending nothing when they leave; they leave with the
 * officer, whose leaving ends the conference. No {@code <Gather>} and no {@code hangupOnStar}: their keys do nothing,
 * so they cannot add anyone.
 */
public final class ResidentJoin {

    private ResidentJoin() {
    }

    public static VoiceResponse twiml(String requestId, String statusCallbackUrl) {
        return new VoiceResponse.Builder()
                .say(new Say.Builder(ResidentWords.ANNOUNCEMENT).build())
                .dial(ConferenceSeat.dial(requestId, statusCallbackUrl, Party.RESIDENT, true, null))
                .build();
    }
}
