package org.interpreterline.simulator.phones;

import java.util.List;

/**
 * A virtual phone's settings and state, as the control API shows it.
 *
 * @param waitingForInput a Gather waits for its keys or speech
 * @param recording       a Record is recording what it says (a finish key ends it)
 * @param listening       the waiting Gather takes speech ({@code waitingForInput} too; it may take keys as well)
 */
public record PhoneView(
        String number,
        String name,
        Behaviour behaviour,
        int answerAfterMs,
        String digitsAfterAnswer,
        boolean smsFails,
        PhoneCallState callState,
        String callSid,
        String conference,
        boolean waitingForInput,
        List<TranscriptLine> transcript,
        List<InboxMessage> inbox,
        List<CallSummary> calls,
        boolean recording,
        boolean listening) {

    /** The line's utterances, in order: handy for assertions. */
    public List<String> heard() {
        return transcript.stream().filter(t -> TranscriptLine.LINE.equals(t.speaker())).map(TranscriptLine::text).toList();
    }

    public boolean heardText(String fragment) {
        return heard().stream().anyMatch(text -> text.contains(fragment));
    }

    public List<String> inboxBodies() {
        return inbox.stream().map(InboxMessage::body).toList();
    }
}
