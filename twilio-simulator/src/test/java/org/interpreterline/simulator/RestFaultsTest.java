package org.interpreterline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import org.interpreterline.simulator.rest.ApiLogEntry;
import org.interpreterline.simulator.rest.RestFault;
import org.junit.jupiter.api.Test;

/** The control API makes the REST API misbehave, as the real SDK sees it. */
class RestFaultsTest extends SimulatorTest {

    @Test
    void aTooManyRequestsAnswerReachesTheSdkInTwiliosShapeAndCreatesNothing() {
        sim.restFault(RestFault.failing("/Calls.json", 429, 0));

        assertThatThrownBy(this::dial).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(429);
            assertThat(e.getCode()).isEqualTo(20429);
        });
        assertThat(sim.calls()).isEmpty();
        assertThat(sim.apiLog()).extracting(ApiLogEntry::status).contains(429).doesNotContain(201);
        sim.clearRestFaults();
        assertThat(dial().getSid()).startsWith("CA");
    }

    @Test
    void aServerErrorIsAnsweredTheNumberOfTimesAskedThenTheApiWorksAgain() {
        sim.restFault(RestFault.failing("/Calls.json", 500, 2));

        assertThatThrownBy(this::dial).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(500));
        assertThatThrownBy(this::dial).isInstanceOf(ApiException.class);
        Call call = dial();

        assertThat(sim.apiLog()).extracting(ApiLogEntry::status).containsExactly(500, 500, 201);
        assertThat(sim.calls()).extracting(c -> c.sid()).containsExactly(call.getSid());
    }

    @Test
    void afterServingTheWorkIsDoneAndOnlyTheAnswerFails() {
        sim.restFault(RestFault.failing("/Calls.json", 500, 1).servedFirst());

        assertThatThrownBy(this::dial).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(500));

        assertThat(sim.calls()).hasSize(1); // Twilio rang, the client cannot know
    }

    @Test
    void aSlowTwilioHoldsTheRequestThenDoesWhatItWasAsked() {
        sim.restFault(RestFault.slow("/Calls.json", 400).to("+14125550111"));
        long start = System.nanoTime();

        Call call = dial();

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
        assertThat(sim.call(call.getSid())).isNotNull();
        assertThat(sim.restFaults()).hasSize(1); // times 0: until cleared
        sim.clearRestFaults();
        assertThat(sim.restFaults()).isEmpty();
    }

    private Call dial() {
        return Call.creator(new PhoneNumber("+14125550111"), new PhoneNumber(LINE), URI.create(url("/offer")))
                .create(twilio);
    }
}
