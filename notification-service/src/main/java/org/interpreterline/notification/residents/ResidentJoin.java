package org.interpreterline.notification.residents;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Conference;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Say;
import java.util.List;
import java.util.Locale;
import org.interpreterline.events.notification.Party;

/**
 * What an added resident's call plays: the announcement, then the request's conference, labelled {@code resident}
 * (so its join and leave are told apart), starting nothing and ending nothing when they leave; they leave with the
 * officer, whose leaving ends the conference. No {@code <Gather>} and no {@code hangupOnStar}: their keys do nothing,
 * so they cannot add anyone. Built here rather than with {@code conferences.ConferenceJoin}: that package uses the
 * twilio adapter, which uses this one, and the package cycle would close.
 */
public final class ResidentJoin {

    private ResidentJoin() {
    }

    public static VoiceResponse twiml(String conferenceName, String statusCallbackUrl) {
        Conference conference = new Conference.Builder(conferenceName)
                .startConferenceOnEnter(true)
                .endConferenceOnExit(false)
                .statusCallback(statusCallbackUrl)
                .statusCallbackMethod(HttpMethod.POST)
                .statusCallbackEvents(List.of(Conference.Event.START, Conference.Event.END, Conference.Event.JOIN,
                        Conference.Event.LEAVE))
                .participantLabel(Party.RESIDENT.name().toLowerCase(Locale.ROOT))
                .build();
        return new VoiceResponse.Builder()
                .say(new Say.Builder(ResidentWords.ANNOUNCEMENT).build())
                .dial(new Dial.Builder().conference(conference).build())
                .build();
    }
}
