package org.interpreterline.notification.twilio;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.base.ResourceSet;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.rest.api.v2010.account.CallFetcher;
import com.twilio.rest.api.v2010.account.CallReader;
import com.twilio.rest.api.v2010.account.CallUpdater;
import com.twilio.rest.api.v2010.account.Conference;
import com.twilio.rest.api.v2010.account.ConferenceReader;
import com.twilio.rest.api.v2010.account.ConferenceUpdater;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.RecordingDeleter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every REST request the line makes to Twilio, through {@link TwilioBreaker}, timed in {@code notification_twilio_requests_seconds}
 * (the name is a contract of the dashboards) by operation and outcome, with histogram buckets
 * for the latency percentiles of the dashboard.
 */
public class TimedTwilio {

    public static final String METRIC = "notification_twilio_requests";

    /** Twilio answers in 100-500 ms; seconds mean trouble (a dial waits on this before the phone rings). */
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};

    public enum Operation { CREATE_CALL, UPDATE_CALL, SEND_SMS, LIST_CALLS, FETCH_CALL, LIST_CONFERENCES,
        UPDATE_CONFERENCE, DELETE_RECORDING }

    private final TwilioRestClient client;
    private final MeterRegistry registry;
    private final TwilioBreaker breaker;

    public TimedTwilio(TwilioRestClient client, MeterRegistry registry, TwilioBreaker breaker) {
        this.client = client;
        this.registry = registry;
        this.breaker = breaker;
        for (Operation operation : Operation.values()) {
            // registered up front so dashboards and alerts see the series before the first call
            timer(operation, "ok");
            timer(operation, "error");
        }
    }

    public Call createCall(CallCreator creator) {
        return timed(Operation.CREATE_CALL, () -> creator.create(client));
    }

    public Call updateCall(CallUpdater updater) {
        return timed(Operation.UPDATE_CALL, () -> updater.update(client));
    }

    public Call fetchCall(CallFetcher fetcher) {
        return timed(Operation.FETCH_CALL, () -> fetcher.fetch(client));
    }

    /** The first page only: a look for the line's own call in progress to one number finds at most a few. */
    public ResourceSet<Call> listCalls(CallReader reader) {
        return timed(Operation.LIST_CALLS, () -> reader.limit(20).read(client));
    }

    /** The first page only: a request has one conference in progress at a time. */
    public ResourceSet<Conference> listConferences(ConferenceReader reader) {
        return timed(Operation.LIST_CONFERENCES, () -> reader.limit(20).read(client));
    }

    public Conference updateConference(ConferenceUpdater updater) {
        return timed(Operation.UPDATE_CONFERENCE, () -> updater.update(client));
    }

    public boolean deleteRecording(RecordingDeleter deleter) {
        return timed(Operation.DELETE_RECORDING, () -> deleter.delete(client));
    }

    public Message sendSms(MessageCreator creator) {
        return timed(Operation.SEND_SMS, () -> creator.create(client));
    }

    /** Through the breaker: while it is open the request fails at once with {@link TwilioUnavailable}, untimed. */
    private <T> T timed(Operation operation, Supplier<T> request) {
        return breaker.call(() -> timedRequest(operation, request));
    }

    private <T> T timedRequest(Operation operation, Supplier<T> request) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T result = request.get();
            outcome = "ok";
            return result;
        } finally {
            timer(operation, outcome).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(Operation operation, String outcome) {
        return Timer.builder(METRIC)
                .description("REST requests notification-service made to Twilio")
                .tag("operation", operation.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
