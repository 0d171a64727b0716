package org.interpreterline.notification.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class TwilioFailureTest {

    private static ApiException answered(String message, int code, int status) {
        return new ApiException(message, code, null, status, status, null, null, null);
    }

    @Test
    void busyFailingAndSilentTwilioArePassing() {
        assertThat(TwilioFailure.passing(answered("Too Many Requests", 20429, 429))).isTrue();
        assertThat(TwilioFailure.passing(answered("Internal", 20500, 500))).isTrue();
        assertThat(TwilioFailure.passing(new ApiException("Read timed out", new SocketTimeoutException()))).isTrue();
        assertThat(TwilioFailure.passing(new ApiConnectionException("reset", new IOException()))).isTrue();
    }

    @Test
    void whatTwilioRefusedForGoodIsNotTriedAgain() {
        assertThat(TwilioFailure.passing(answered("Invalid 'To'", 21211, 400))).isFalse();
        assertThat(TwilioFailure.passing(new ApiException("no content"))).isFalse();
        assertThat(TwilioFailure.passing(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void onlyARefusalOrARequestThatNeverArrivedCertainlyDidNothing() {
        assertThat(TwilioFailure.nothingDone(answered("Too Many Requests", 20429, 429))).isTrue();
        assertThat(TwilioFailure.nothingDone(new ApiException("x", new ConnectException("refused")))).isTrue();
        assertThat(TwilioFailure.nothingDone(answered("Internal", 20500, 500))).isFalse();
        assertThat(TwilioFailure.nothingDone(new ApiException("Read timed out", new SocketTimeoutException())))
                .isFalse();
    }
}
