package org.interpreterline.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.interpreterline.events.Topics;
import org.interpreterline.events.calls.CallFact;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.notification.MessagePurpose;
import org.interpreterline.events.notification.NotificationEvent;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RosterEvent;
import org.interpreterline.notification.calls.CallBook;
import org.interpreterline.notification.calls.CallFacts;
import org.interpreterline.notification.calls.CallRequest;
import org.interpreterline.notification.calls.PhoneWork;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.desk.CallDeskTopology;

/**
 * The call desk under a {@link TopologyTestDriver} with the wall clock in the test's hands: events and facts go in,
 * {@code notification.events} and the Twilio work the desk asked for come out, and its stores are read through a
 * real {@link CallBook}, as the webhooks read them.
 */
public final class CallDeskDriver implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, RosterEvent> roster;
    private final TestInputTopic<String, DispatchEvent> dispatch;
    private final TestInputTopic<String, CallFact> calls;
    private final TestOutputTopic<String, NotificationEvent> events;
    private final List<NotificationEvent> reported = new ArrayList<>();
    /** What the desk asked Twilio to do, one line each: "dial o1", "cancel CA1", "update CA1 ...", ... */
    public final List<String> phoneWork = new CopyOnWriteArrayList<>();
    private final Path stateDir;

    public CallDeskDriver() {
        this(Fixtures.props());
    }

    public CallDeskDriver(NotificationProperties props) {
        try {
            stateDir = Files.createTempDirectory("call-desk-test");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "call-desk-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(CallDeskTopology.build(props, new RecordingPhones()), config, Fixtures.NOW);
        roster = driver.createInputTopic(Topics.ROSTER_EVENTS.name(), Topics.ROSTER_EVENTS.keySerde().serializer(),
                Topics.ROSTER_EVENTS.valueSerde().serializer());
        dispatch = driver.createInputTopic(Topics.DISPATCH_EVENTS.name(),
                Topics.DISPATCH_EVENTS.keySerde().serializer(), Topics.DISPATCH_EVENTS.valueSerde().serializer());
        calls = driver.createInputTopic(Topics.NOTIFICATION_CALLS.name(),
                Topics.NOTIFICATION_CALLS.keySerde().serializer(), Topics.NOTIFICATION_CALLS.valueSerde().serializer());
        events = driver.createOutputTopic(Topics.NOTIFICATION_EVENTS.name(),
                Topics.NOTIFICATION_EVENTS.keySerde().deserializer(),
                Topics.NOTIFICATION_EVENTS.valueSerde().deserializer());
    }

    public void roster(RosterEvent event) {
        roster.pipeInput(event.rosterId(), event);
    }

    public void dispatch(DispatchEvent event) {
        dispatch.pipeInput(event.rosterId(), event);
    }

    public void fact(CallFact fact) {
        calls.pipeInput(fact.rosterId(), fact);
    }

    /** The webhooks' publisher: every fact reaches the desk at once. */
    public CallFacts facts() {
        return fact -> {
            fact(fact);
            return true;
        };
    }

    public CallBook book() {
        return new CallBook(new CallBook.Stores() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                return driver.getKeyValueStore(name);
            }
        }, "default");
    }

    /** Everything the desk reported so far. */
    public List<NotificationEvent> reported() {
        reported.addAll(events.readValuesToList());
        return List.copyOf(reported);
    }

    public <T extends NotificationEvent> List<T> reported(Class<T> type) {
        return reported().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void advance(Duration time) {
        driver.advanceWallClockTime(time);
    }

    public Instant now() {
        return Fixtures.NOW;
    }

    @Override
    public void close() {
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp dir left behind
        }
    }

    /** Writes down what the desk asked for instead of calling Twilio. */
    private final class RecordingPhones implements PhoneWork {

        @Override
        public void dialOffer(OfferMade made, boolean lookForRingingCall) {
            phoneWork.add("dial " + made.offerId() + (lookForRingingCall ? " (adopting a call in progress)" : ""));
        }

        @Override
        public void checkOfferCall(RingingOffer offer) {
            phoneWork.add("check " + offer.callSid());
        }

        @Override
        public void cancelCall(String requestId, String callSid, String twimlIfAnswered, String what) {
            phoneWork.add("cancel " + callSid);
        }

        @Override
        public void updateCall(String requestId, String callSid, String twiml, String what) {
            phoneWork.add("update " + callSid + " " + twiml);
        }

        @Override
        public void endConference(String requestId, String what) {
            phoneWork.add("end conference of " + requestId);
        }

        @Override
        public void announce(String requestId, String words, String what) {
            phoneWork.add("announce in " + requestId + ": " + words);
        }

        @Override
        public void deleteRecording(String requestId, String recordingSid) {
            phoneWork.add("delete recording " + recordingSid + " of " + requestId);
        }

        @Override
        public void callBack(CallRequest request, String offerId) {
            phoneWork.add("call back " + request.requesterPhone() + " for " + offerId);
        }

        @Override
        public void text(String rosterId, String roster, String requestId, String to, String body,
                MessagePurpose purpose) {
            phoneWork.add("text " + to + " " + purpose + ": " + body);
        }
    }
}
