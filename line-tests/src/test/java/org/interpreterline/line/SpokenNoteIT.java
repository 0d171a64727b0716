package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.dispatch.SpokenNoteRecorded;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * What the interpreter hears before joining, in the officer's own words: an officer who called in says a note after
 * choosing the language, the interpreter whose phone rings hears it between the offer and the keys (and again on 4),
 * and the recording is deleted at Twilio once its retention has passed (the shared line keeps it 20 s).
 */
@ExtendWith(SharedLine.class)
class SpokenNoteIT {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final String WORDS = "Domestic call, the mother speaks only Mam, the child is hurt";

    static LineUnderTest line;

    @BeforeAll
    static void joinTheSharedLine(LineUnderTest shared) {
        line = shared;
    }

    @Test
    void theInterpreterHearsTheOfficersOwnWords_andTwilioNoLongerKeepsThemAfterwards() {
        String officer = "+14125550531";
        String interpreter = "+14125550541";
        line.responder("Officer Quispe", officer, "Pittsburgh Police");
        line.sim.configurePhone(interpreter, "Rosa Tum", Behaviour.MANUAL, null, null, false);
        line.availableInterpreter("Rosa Tum", interpreter, List.of("es"), 1);

        RequestOpened opened = line.callsForSpanish(officer);
        line.sim.awaitPhone(officer, p -> p.heardText("what is this call about?") && p.heardText("[beep]"), PATIENCE);
        line.sim.say(officer, WORDS);
        line.sim.press(officer, "#");
        SpokenNoteRecorded noted = line.events.await(SpokenNoteRecorded.class,
                e -> opened.requestId().equals(e.requestId()), PATIENCE);
        line.sim.awaitPhone(officer, p -> p.heardText("Thank you. Please stay on the line."), PATIENCE);

        line.sim.awaitPhone(interpreter, p -> p.callState() == PhoneCallState.RINGING, PATIENCE);
        line.sim.answer(interpreter);
        line.sim.awaitPhone(interpreter, p -> p.waitingForInput() && p.heardText("[recording] " + WORDS), PATIENCE);
        line.sim.press(interpreter, "4");
        line.sim.awaitPhone(interpreter, p -> p.waitingForInput()
                && p.transcript().stream().filter(l -> l.text().equals("[recording] " + WORDS)).count() == 2,
                PATIENCE);
        line.sim.press(interpreter, "1");
        line.sim.awaitConference("req-" + opened.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, interpreter)), PATIENCE);

        // the words were never the line's: only where they were, and how long
        JsonNode record = line.awaitStatus(opened.requestId(), "CONNECTED");
        assertThat(record.toString()).contains("the officer recorded a note for the interpreters (" + noted.seconds()
                + " s)").doesNotContain("Mam");
        await().atMost(PATIENCE).until(() -> line.sim.recordings().stream()
                .anyMatch(r -> r.sid().equals(noted.recordingSid()) && r.deleted()));
        assertThat(line.sim.recordings()).filteredOn(r -> r.sid().equals(noted.recordingSid())).singleElement()
                .satisfies(r -> assertThat(r.words()).isEqualTo(WORDS));
        line.sim.hangup(officer);
        line.awaitStatus(opened.requestId(), "ENDED");
    }
}
