package org.interpreterline.simulator.twiml;

import java.util.List;
import java.util.Set;
import org.interpreterline.simulator.twiml.Verb.Gather.InputMode;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TwimlParserTest {

    private final TwimlParser parser = new TwimlParser();

    @Test
    void readsVerbsWithTwiliosDefaults() throws Exception {
        TwimlDocument document = parser.parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Response>
                  <Gather input="dtmf speech" numDigits="1" action="/menu">
                    <Say voice="Polly.Joanna">Press 1 for Spanish</Say>
                    <Pause length="2"/>
                  </Gather>
                  <Dial callerId="+14125550100"><Conference startConferenceOnEnter="false" statusCallback="/events"
                      statusCallbackEvent="join leave" participantLabel="officer">req-42</Conference></Dial>
                  <Dial>+18005550199</Dial>
                  <Redirect>/again</Redirect>
                  <Record/>
                  <Hangup/>
                </Response>""", "http://line/voice");

        assertThat(document.url()).isEqualTo("http://line/voice");
        assertThat(document.verbs()).hasSize(6);
        Verb.Gather gather = (Verb.Gather) document.verbs().get(0);
        assertThat(gather.input()).isEqualTo(Set.of(InputMode.DTMF, InputMode.SPEECH));
        assertThat(gather.numDigits()).isEqualTo(1);
        assertThat(gather.timeoutSeconds()).isEqualTo(5);
        assertThat(gather.finishOnKey()).isEqualTo("#");
        assertThat(gather.method()).isEqualTo("POST");
        assertThat(gather.prompts()).containsExactly(new Verb.Say("Press 1 for Spanish", "Polly.Joanna", null, 1), new Verb.Pause(2));
        Verb.Dial conference = (Verb.Dial) document.verbs().get(1);
        assertThat(conference.timeoutSeconds()).isEqualTo(30);
        assertThat(conference.target()).isEqualTo(new Verb.ConferenceTarget("req-42", false, false, false, "true", null,
                "/events", Set.of("join", "leave"), "POST", "officer"));
        assertThat(((Verb.Dial) document.verbs().get(2)).target())
                .isEqualTo(new Verb.NumberTarget("+18005550199", null, Set.of("completed"), "POST"));
        assertThat(document.verbs().get(3)).isEqualTo(new Verb.Redirect("/again", "POST"));
        assertThat(document.verbs().get(4)).isEqualTo(new Verb.Record(null, "POST", 5, "1234567890*#", 3600, true,
                "trim-silence", null, "POST"));
        assertThat(document.verbs().get(5)).isEqualTo(new Verb.Hangup());
    }

    @Test
    void conferenceEventsDefaultToStartAndEnd() throws Exception {
        Verb.Dial dial = (Verb.Dial) parser.parse("<Response><Dial><Conference>room</Conference></Dial></Response>", null).verbs().getFirst();
        Verb.ConferenceTarget target = (Verb.ConferenceTarget) dial.target();
        assertThat(target.startConferenceOnEnter()).isTrue();
        assertThat(target.events()).containsExactly("start", "end");
    }

    @Test
    void hangupOnStarIsOffUnlessTheDialAsksForIt() throws Exception {
        List<Verb> verbs = parser.parse("""
                <Response>
                  <Dial><Conference>room</Conference></Dial>
                  <Dial hangupOnStar="true" action="/after"><Conference>room</Conference></Dial>
                </Response>""", null).verbs();

        assertThat(verbs).map(verb -> ((Verb.Dial) verb).hangupOnStar()).containsExactly(false, true);
    }

    @Test
    void readsRecordAttributesAndFallsBackToTheDefaultsWhereTwilioOnlyWarns() throws Exception {
        List<Verb> verbs = parser.parse("""
                <Response>
                  <Record action="/note" method="GET" timeout="3" finishOnKey="#" maxLength="10" playBeep="false"
                      trim="do-not-trim" recordingStatusCallback="/recording-status" recordingStatusCallbackMethod="GET"
                      transcribe="true" transcribeCallback="/text"/>
                  <Record timeout="0" maxLength="-1" finishOnKey=""/>
                </Response>""", null).verbs();

        assertThat(verbs).containsExactly(
                new Verb.Record("/note", "GET", 3, "#", 10, false, "do-not-trim", "/recording-status", "GET"),
                new Verb.Record(null, "POST", 5, "", 3600, true, "trim-silence", null, "POST"));
    }

    @Test
    void readsMessagesWithOrWithoutBody() throws Exception {
        assertThat(parser.parse("<Response><Message>Hi</Message><Message to=\"+14125550123\"><Body>Yo</Body></Message></Response>", null).verbs())
                .containsExactly(new Verb.Message("Hi", null, null), new Verb.Message("Yo", "+14125550123", null));
    }

    @Test
    void rejectsWhatIsNotTwiml() {
        assertThatThrownBy(() -> parser.parse("", null)).isInstanceOf(TwimlParseException.class);
        assertThatThrownBy(() -> parser.parse("<html><body/></html>", null)).hasMessageContaining("<Response>");
        assertThatThrownBy(() -> parser.parse("<Response><Say>unclosed</Response>", null)).hasMessageContaining("well-formed");
        assertThatThrownBy(() -> parser.parse("<Response><Gather><Dial>+1</Dial></Gather></Response>", null)).hasMessageContaining("may only nest");
        assertThatThrownBy(() -> parser.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Response><Say>&e;</Say></Response>", null))
                .isInstanceOf(TwimlParseException.class);
    }
}
