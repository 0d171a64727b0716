package org.interpreterline.simulator;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.conference.Participant;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.interpreterline.simulator.client.SimulatorClientException;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.simulator.phones.PhoneView;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An account with several numbers (one per agency on one line), all pointed at the line's webhooks: phones call and
 * text any of them, the line calls and texts from any of them, and nothing else.
 */
class AccountNumbersTest extends SimulatorTest {

    private static final String OFFICER = "+14125550177";
    private static final String STRANGER = "+14125550999";

    @Test
    void theAccountsNumbersAreTheLineNumberThenTheOthers() {
        assertThat(sim.accountNumbers()).containsExactly(LINE, OTHER_LINE);
    }

    @Test
    void aPhoneCallingTheSecondNumberReachesTheLinesVoiceWebhookWithThatNumberAsTo() {
        line.respond("/twilio/voice", "<Response><Say>Agency two.</Say><Hangup/></Response>");

        String callSid = sim.dial(OFFICER, OTHER_LINE);

        FakeLine.Hook inbound = line.awaitHook("/twilio/voice");
        assertThat(inbound.params()).containsEntry("CallSid", callSid).containsEntry("Direction", "inbound")
                .containsEntry("From", OFFICER).containsEntry("To", OTHER_LINE).containsEntry("Called", OTHER_LINE);
        FakeLine.Hook ended = line.awaitHook("/twilio/voice/status", h -> "completed".equals(h.param("CallStatus")));
        assertThat(ended.params()).containsEntry("CallSid", callSid).containsEntry("To", OTHER_LINE);
        PhoneView phone = sim.awaitPhone(OFFICER, p -> p.callState() == PhoneCallState.IDLE && p.heardText("Agency two."), WAIT);
        assertThat(phone.calls()).singleElement().satisfies(call -> {
            assertThat(call.direction()).isEqualTo("outgoing");
            assertThat(call.other()).isEqualTo(OTHER_LINE);
        });
    }

    @Test
    void aPhoneTextingTheSecondNumberReachesTheLinesMessagingWebhookWithThatNumberAsToAndTheReplyComesFromIt() {
        line.respond("/twilio/sms", "<Response><Message>Agency two got it</Message></Response>");

        String sid = sim.sms(OFFICER, OTHER_LINE, "spanish");

        assertThat(line.awaitHook("/twilio/sms").params()).containsEntry("MessageSid", sid).containsEntry("From", OFFICER)
                .containsEntry("To", OTHER_LINE).containsEntry("Body", "spanish");
        PhoneView phone = sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), WAIT);
        assertThat(phone.inbox()).singleElement().satisfies(text -> {
            assertThat(text.body()).isEqualTo("Agency two got it");
            assertThat(text.from()).isEqualTo(OTHER_LINE);
        });
    }

    @Test
    void aPhoneNamingNoNumberStillCallsAndTextsTheLinesOwn() {
        sim.sms(OFFICER, "status");
        assertThat(line.awaitHook("/twilio/sms").param("To")).isEqualTo(LINE);

        sim.dial(OFFICER);
        assertThat(line.awaitHook("/twilio/voice").param("To")).isEqualTo(LINE);
    }

    @Test
    void aPhoneCannotCallOrTextANumberThatIsNotTheAccounts() {
        assertThatThrownBy(() -> sim.dial(OFFICER, STRANGER)).isInstanceOfSatisfying(SimulatorClientException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("can only call the line (" + LINE + ", " + OTHER_LINE + "), not " + STRANGER);
        });
        assertThatThrownBy(() -> sim.sms(OFFICER, STRANGER, "hello")).isInstanceOfSatisfying(SimulatorClientException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("can only text the line (" + LINE + ", " + OTHER_LINE + "), not " + STRANGER);
        });
        assertThat(sim.calls()).isEmpty();
        assertThat(line.received()).isEmpty();
    }

    @Test
    void aTextSentFromTheSecondNumberReachesThePhoneShowingThatSender() {
        Message message = Message.creator(new PhoneNumber(OFFICER), new PhoneNumber(OTHER_LINE), "Agency two: on our way.")
                .create(twilio);

        assertThat(message.getFrom().toString()).isEqualTo(OTHER_LINE);
        PhoneView phone = sim.awaitPhone(OFFICER, p -> !p.inbox().isEmpty(), WAIT);
        assertThat(phone.inbox()).singleElement().satisfies(text -> {
            assertThat(text.sid()).isEqualTo(message.getSid());
            assertThat(text.from()).isEqualTo(OTHER_LINE);
        });
    }

    @Test
    void aCallPlacedFromTheSecondNumberRingsThePhoneShowingThatCaller() {
        sim.configurePhone(OFFICER, Behaviour.ANSWER);

        Call call = Call.creator(new PhoneNumber(OFFICER), new PhoneNumber(OTHER_LINE),
                new Twiml("<Response><Say>Agency two calling back.</Say></Response>")).create(twilio);

        PhoneView phone = sim.awaitPhone(OFFICER, p -> p.heardText("Agency two calling back."), WAIT);
        assertThat(phone.transcript()).anySatisfy(said -> assertThat(said.text()).isEqualTo("incoming call from " + OTHER_LINE));
        assertThat(phone.calls()).singleElement().satisfies(summary -> {
            assertThat(summary.callSid()).isEqualTo(call.getSid());
            assertThat(summary.direction()).isEqualTo("incoming");
            assertThat(summary.other()).isEqualTo(OTHER_LINE);
        });
    }

    @Test
    void aFromThatIsNotTheAccountsIsRefusedAsTwilioRefusesIt() {
        sim.configurePhone(OFFICER, Behaviour.ANSWER);

        refused(() -> Call.creator(new PhoneNumber(OFFICER), new PhoneNumber(STRANGER),
                new Twiml("<Response><Say>Hello</Say></Response>")).create(twilio));
        refused(() -> Message.creator(new PhoneNumber(OFFICER), new PhoneNumber(STRANGER), "hello").create(twilio));
        refused(() -> Participant.creator("req-stranger", new PhoneNumber(STRANGER), new PhoneNumber(OFFICER)).create(twilio));

        assertThat(sim.calls()).isEmpty();
        assertThat(sim.conferences()).isEmpty();
        assertThat(Message.reader().read(twilio)).isEmpty();
        assertThat(sim.phone(OFFICER).calls()).isEmpty();
    }

    private static void refused(ThrowingCallable placing) {
        assertThatThrownBy(placing).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getCode()).isEqualTo(21212);
            assertThat(e.getMessage()).isEqualTo("The 'From' number " + STRANGER
                    + " is not a valid phone number, shortcode, or alphanumeric sender ID.");
            assertThat(e.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/21212");
        });
    }
}
