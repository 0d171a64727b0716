package org.interpreterline.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Conference;
import com.twilio.rest.api.v2010.account.Recording;
import org.interpreterline.simulator.calls.CallStatus;
import org.interpreterline.simulator.calls.CallTimelineStep;
import org.interpreterline.simulator.phones.PhoneView;
import org.interpreterline.simulator.recordings.RecordingView;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code <Record>}: what a phone says after the beep becomes a recording the action hears about, Twilio's API serves
 * and deletes, and a {@code <Play>} of its URL plays back as the words.
 */
class RecordTest extends SimulatorTest {

    private static final String OFFICER = "+14125550122";
    private static final String INTERPRETER = "+14125550111";
    private static final String RECORDER = "+14125550133";
    /** a long silence timeout: the test speaks at its own pace (the silence test uses a short one) */
    private static final String NOTE = """
            <Response><Say>Leave your note after the beep.</Say>
              <Record action="/note" maxLength="10" timeout="60" finishOnKey="#"/>
              <Say>after</Say></Response>""";

    @Test
    void aNoteEndsOnItsFinishKeyTheActionGetsItAndAPlayOfItsUrlIsHeardAsTheWords() {
        line.respond("/twilio/voice", NOTE);
        line.respond("/note", hook -> "<Response><Say>Your note was saved.</Say><Play>" + hook.param("RecordingUrl")
                + "</Play></Response>");
        String callSid = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, PhoneView::recording, WAIT);

        sim.say(OFFICER, "the suspect speaks Dari");
        sim.say(OFFICER, "and needs a doctor");
        sim.press(OFFICER, "#");

        FakeLine.Hook note = line.awaitHook("/note");
        String recordingSid = note.param("RecordingSid");
        assertThat(recordingSid).matches("RE[0-9a-f]{32}");
        assertThat(note.params()).containsEntry("CallSid", callSid).containsEntry("CallStatus", "in-progress")
                .containsEntry("RecordingUrl", recordingUrl(recordingSid))
                .containsEntry("RecordingDuration", "4") // 9 words at 2.5 a second
                .containsEntry("Digits", "#");
        PhoneView officer = sim.awaitPhone(OFFICER, p -> p.heardText("[recording]"), WAIT);
        assertThat(officer.heard()).containsExactly("Leave your note after the beep.", "[beep]", "Your note was saved.",
                "[recording] the suspect speaks Dari and needs a doctor");
        assertThat(officer.recording()).isFalse();
        assertThat(sim.recordings()).singleElement().satisfies(recording -> {
            assertThat(recording.sid()).isEqualTo(recordingSid);
            assertThat(recording.callSid()).isEqualTo(callSid);
            assertThat(recording.words()).isEqualTo("the suspect speaks Dari and needs a doctor");
            assertThat(recording.durationSeconds()).isEqualTo(4);
            assertThat(recording.url()).isEqualTo(recordingUrl(recordingSid));
            assertThat(recording.deleted()).isFalse();
        });
    }

    @Test
    void silenceUntilTheTimeoutKeepsNothingAndTheDocumentGoesOn() {
        line.respond("/twilio/voice", "<Response><Record action=\"/note\" timeout=\"3\"/><Say>after</Say></Response>");
        String callSid = sim.dial(OFFICER);

        sim.awaitCall(callSid, c -> c.status() == CallStatus.COMPLETED, WAIT);

        assertThat(sim.phone(OFFICER).heard()).containsExactly("[beep]", "after");
        assertThat(line.received("/note")).isEmpty();
        assertThat(sim.recordings()).isEmpty();
        assertThat(sim.call(callSid).timeline()).extracting(CallTimelineStep::event).contains("record: nothing recorded");
    }

    @Test
    void aFinishKeyBeforeAnyWordKeepsNothingEither() {
        line.respond("/twilio/voice", NOTE);
        String callSid = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, PhoneView::recording, WAIT);

        sim.press(OFFICER, "#");

        sim.awaitCall(callSid, c -> c.status() == CallStatus.COMPLETED, WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("Leave your note after the beep.", "[beep]", "after");
        assertThat(line.received("/note")).isEmpty();
        assertThat(sim.recordings()).isEmpty();
    }

    @Test
    void wordsBeyondMaxLengthAreCutAndTheRecordingLastsMaxLength() {
        line.respond("/twilio/voice", """
                <Response><Record action="/note" maxLength="2" timeout="60" finishOnKey="#"/></Response>""");
        String callSid = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, PhoneView::recording, WAIT);

        sim.say(OFFICER, "one two three four five six seven"); // two seconds hold five words

        FakeLine.Hook note = line.awaitHook("/note"); // no key: the full recording ended itself
        assertThat(note.params()).containsEntry("RecordingDuration", "2").doesNotContainKey("Digits");
        assertThat(sim.recordings()).singleElement().satisfies(recording -> {
            assertThat(recording.callSid()).isEqualTo(callSid);
            assertThat(recording.words()).isEqualTo("one two three four five");
            assertThat(recording.durationSeconds()).isEqualTo(2);
        });
    }

    @Test
    void hangingUpWhileRecordingStillRequestsTheActionWithDigitsHangupAndNothingPlaysItsAnswer() {
        line.respond("/twilio/voice", NOTE);
        line.respond("/note", "<Response><Say>Nobody hears this.</Say></Response>");
        String callSid = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, PhoneView::recording, WAIT);

        sim.say(OFFICER, "please call me back");
        sim.hangup(OFFICER);

        FakeLine.Hook note = line.awaitHook("/note");
        assertThat(note.params()).containsEntry("CallSid", callSid).containsEntry("Digits", "hangup")
                .containsEntry("CallStatus", "completed").containsEntry("RecordingDuration", "2");
        FakeLine.Hook ended = line.awaitHook("/twilio/voice/status");
        assertThat(ended.param("CallStatus")).isEqualTo("completed");
        assertThat(ended.at()).as("the action before the call's final status").isAfterOrEqualTo(note.at());
        assertThat(sim.phone(OFFICER).heard()).containsExactly("Leave your note after the beep.", "[beep]");
        assertThat(sim.recordings()).singleElement().satisfies(r -> assertThat(r.words()).isEqualTo("please call me back"));
    }

    @Test
    void theRecordingStatusCallbackIsPostedSignedWithTwiliosParameters() {
        line.respond("/twilio/voice", """
                <Response><Record action="/note" timeout="60" finishOnKey="#" recordingStatusCallback="/recording-status"/></Response>""");
        String callSid = sim.dial(OFFICER);
        sim.awaitPhone(OFFICER, PhoneView::recording, WAIT);

        sim.say(OFFICER, "door code four four one");
        sim.press(OFFICER, "#");

        String recordingSid = line.awaitHook("/note").param("RecordingSid");
        FakeLine.Hook status = line.awaitHook("/recording-status");
        assertThat(status.method()).isEqualTo("POST");
        assertThat(status.signatureValid()).isTrue();
        assertThat(status.params()).containsEntry("AccountSid", ACCOUNT_SID).containsEntry("CallSid", callSid)
                .containsEntry("RecordingSid", recordingSid).containsEntry("RecordingUrl", recordingUrl(recordingSid))
                .containsEntry("RecordingStatus", "completed").containsEntry("RecordingDuration", "2")
                .containsEntry("RecordingChannels", "1").containsEntry("RecordingSource", "RecordVerb");
    }

    @Test
    void theSdkFetchesListsAndDeletesRecordingsAndTheirAudioIsServed() throws Exception {
        String first = recordNote(OFFICER, "first note");
        String firstCall = sim.recordings().getFirst().callSid();
        String second = recordNote(RECORDER, "second note is longer");

        Recording fetched = Recording.fetcher(first).fetch(twilio);
        assertThat(fetched.getSid()).isEqualTo(first);
        assertThat(fetched.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(fetched.getCallSid()).isEqualTo(firstCall);
        assertThat(fetched.getDuration()).isEqualTo("1");
        assertThat(fetched.getStatus()).isEqualTo(Recording.Status.COMPLETED);
        assertThat(fetched.getSource()).isEqualTo(Recording.Source.RECORD_VERB);
        assertThat(fetched.getChannels()).isEqualTo(1);
        assertThat(fetched.getDateCreated()).isNotNull();
        assertThat(fetched.getMediaUrl()).hasToString(recordingUrl(first));
        assertThat(Recording.reader().read(twilio)).extracting(Recording::getSid).containsExactly(second, first);
        assertThat(Recording.reader().setCallSid(firstCall).read(twilio)).extracting(Recording::getSid).containsExactly(first);
        for (String extension : List.of("", ".wav", ".mp3")) {
            HttpResponse<byte[]> audio = media(recordingUrl(first) + extension);
            assertThat(audio.statusCode()).as(extension).isEqualTo(200);
            assertThat(audio.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/x-wav"));
            assertThat(new String(audio.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(audio.body().length).isGreaterThan(44);
        }

        assertThat(Recording.deleter(first).delete(twilio)).isTrue();

        assertThatThrownBy(() -> Recording.fetcher(first).fetch(twilio)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(404);
            assertThat(e.getCode()).isEqualTo(20404);
        });
        assertThatThrownBy(() -> Recording.deleter(first).delete(twilio))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThat(media(recordingUrl(first)).statusCode()).isEqualTo(404);
        assertThat(Recording.reader().read(twilio)).extracting(Recording::getSid).containsExactly(second);
        assertThat(sim.recordings()).extracting(RecordingView::sid, RecordingView::deleted)
                .containsExactly(tuple(first, true), tuple(second, false));
    }

    @Test
    void aPlayOfARecordingIsHeardAsItsWordsInAGatherTooAndADeletedOrUnknownOneAsUnavailable() {
        String kept = recordNote(RECORDER, "kept note");
        String deleted = recordNote(RECORDER, "deleted note");
        Recording.deleter(deleted).delete(twilio);
        String unknown = "RE0123456789abcdef0123456789abcdef";
        line.respond("/twilio/voice", """
                <Response>
                  <Gather numDigits="1" timeout="1" action="/menu"><Play>%s.mp3?from=gather</Play></Gather>
                  <Play>%s.wav</Play><Play>%s</Play><Play>%s</Play><Play>https://cdn.example/chime.mp3</Play>
                </Response>""".formatted(recordingUrl(kept), recordingUrl(kept), recordingUrl(deleted), recordingUrl(unknown)));

        String callSid = sim.dial(OFFICER);

        sim.awaitCall(callSid, c -> c.status() == CallStatus.COMPLETED, WAIT);
        assertThat(sim.phone(OFFICER).heard()).containsExactly("[recording] kept note", "[recording] kept note",
                "[recording unavailable]", "[recording unavailable]", "[audio https://cdn.example/chime.mp3]");
    }

    @Test
    void aRecordingPlayedInAConferenceAnnouncementIsHeardAsItsWords() {
        String note = recordNote(RECORDER, "the officer needs Pashto");
        line.respond("/twilio/voice", "<Response><Dial><Conference>note-room</Conference></Dial></Response>");
        sim.dial(OFFICER);
        sim.dial(INTERPRETER);
        String conferenceSid = sim.awaitConference("note-room",
                c -> c.phoneNumbers().containsAll(List.of(OFFICER, INTERPRETER)), WAIT).sid();
        line.respond("/announce", "<Response><Play>" + recordingUrl(note) + "</Play></Response>");

        Conference.updater(conferenceSid).setAnnounceUrl(URI.create(url("/announce"))).update(twilio);

        for (String listener : List.of(OFFICER, INTERPRETER)) {
            assertThat(sim.awaitPhone(listener, p -> !p.heard().isEmpty(), WAIT).heard())
                    .containsExactly("[recording] the officer needs Pashto");
        }
    }

    /** {@code from} calls the line, says {@code words} into a Record and presses #; the call then ends. */
    private String recordNote(String from, String words) {
        line.respond("/twilio/voice", NOTE);
        int before = line.received("/note").size();
        String callSid = sim.dial(from);
        sim.awaitPhone(from, PhoneView::recording, WAIT);
        sim.say(from, words);
        sim.press(from, "#");
        line.awaitHook("/note", h -> line.received("/note").indexOf(h) >= before);
        sim.awaitCall(callSid, c -> c.status() == CallStatus.COMPLETED, WAIT);
        return line.received("/note").get(before).param("RecordingSid");
    }

    private String recordingUrl(String recordingSid) {
        return sim.baseUrl() + "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid;
    }

    private static HttpResponse<byte[]> media(String url) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + FakeLine.AUTH_TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
