package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import org.interpreterline.events.Priority;
import org.interpreterline.events.notification.OfferAnswered;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.Channel;
import org.interpreterline.notification.calls.CallBook;
import org.interpreterline.notification.calls.CallBookUnavailable;
import org.interpreterline.notification.calls.RingingOffer;
import org.interpreterline.notification.webhooks.WebhookUrls;
import org.interpreterline.platform.streams.LineStreams;
import org.interpreterline.simulator.client.SimulatorClient;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.phones.PhoneCallState;
import org.interpreterline.testkit.SignedWebhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * notification-service instances coming and going on one broker while an interpreter's phone rings: the call desk
 * that takes over (a restarted instance, or the second of two) handles the key press and reports it once, and
 * nothing is dialled twice. Each test has a roster and a Streams application of its own.
 */
class CallDeskTakeoverTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final SimulatorClient sim = TwilioStandIn.client();
    private final String roster = "takeover-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private NotificationWatch watch;

    @AfterEach
    void stopAll() {
        running.forEach(ConfigurableApplicationContext::close);
        if (watch != null) {
            watch.close();
        }
    }

    @Test
    void aRestartedServiceHandlesTheKeyPressOfAnInterpreterItsPredecessorRang() {
        int port = LineIntegrationTest.freePort();
        ConfigurableApplicationContext first = start(port);
        awaitRunning(first);
        sim.configurePhone(Phones.RESTART_INTERPRETER, Behaviour.MANUAL);
        OfferMade offer = offer(Phones.RESTART_INTERPRETER, Instant.now());
        new EventPlayer(LineIntegrationTest.bootstrapServers()).roster(offer);
        sim.awaitPhone(Phones.RESTART_INTERPRETER, p -> p.callState() == PhoneCallState.RINGING, WAIT);

        stop(first);
        ConfigurableApplicationContext second = start(port); // same address, fresh state directory
        awaitRunning(second);
        await().atMost(WAIT).until(() -> readable(book(second), offer.offerId()));
        sim.answer(Phones.RESTART_INTERPRETER);
        sim.awaitPhone(Phones.RESTART_INTERPRETER, p -> p.waitingForInput()
                && p.heardText("Spanish interpreter needed"), WAIT);
        sim.press(Phones.RESTART_INTERPRETER, "1");

        OfferAnswered answered = watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId()));
        assertThat(answered.answer()).isEqualTo(OfferAnswered.Answer.ACCEPTED);
        sim.awaitPhone(Phones.RESTART_INTERPRETER, p -> p.heardText("Thank you. Connecting you now."), WAIT);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                watch().all(OfferAnswered.class, e -> e.offerId().equals(offer.offerId())).size() == 1
                        && sim.phone(Phones.RESTART_INTERPRETER).calls().size() == 1);
    }

    @Test
    void theSecondInstanceTakesOverACallInProgressWhenTheFirstStops() throws Exception {
        int[] ports = {LineIntegrationTest.freePort(), LineIntegrationTest.freePort()};
        ConfigurableApplicationContext[] desks = {start(ports[0]), start(ports[1])};
        awaitRunning(desks[0]);
        awaitRunning(desks[1]);
        sim.configurePhone(Phones.TAKEOVER_INTERPRETER, Behaviour.MANUAL);
        OfferMade offer = offer(Phones.TAKEOVER_INTERPRETER, Instant.now());
        new EventPlayer(LineIntegrationTest.bootstrapServers()).roster(offer);
        String callSid = sim.awaitPhone(Phones.TAKEOVER_INTERPRETER, p -> p.callState() == PhoneCallState.RINGING,
                WAIT).callSid();
        // only the instance running the roster's task can read the offer
        await().atMost(WAIT).until(() -> readable(book(desks[0]), offer.offerId())
                || readable(book(desks[1]), offer.offerId()));
        int active = readable(book(desks[0]), offer.offerId()) ? 0 : 1;
        int survivor = 1 - active;

        long stopped = System.nanoTime();
        stop(desks[active]);
        String base = "http://127.0.0.1:" + ports[survivor];
        // until the survivor runs the roster's task, it does not turn the interpreter away: it asks them to hold on;
        // a graceful stop hands the task over within a second or so, in which case the survivor prompts them already
        HttpResponse<String> meanwhile = signed(base, WebhookUrls.OFFER + "?offerId=" + offer.offerId(),
                Map.of("CallSid", callSid, "AnsweredBy", "human"));
        assertThat(meanwhile.body()).doesNotContain("no longer needed").satisfiesAnyOf(
                held -> assertThat(held).contains("<Pause").contains("held=1"),
                prompted -> assertThat(prompted).contains("<Gather").contains("Spanish interpreter needed"));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
                .until(() -> readable(book(desks[survivor]), offer.offerId()));
        long tookOver = System.nanoTime() - stopped;
        System.out.printf("Call desk takeover: the survivor could read the ringing offer %d ms after the active "
                + "instance stopped%n", tookOver / 1_000_000);

        // Twilio, told where the call's webhooks go, reaches the survivor (one public address in production)
        HttpResponse<String> prompt = signed(base, WebhookUrls.OFFER + "?offerId=" + offer.offerId(),
                Map.of("CallSid", callSid, "AnsweredBy", "human"));
        assertThat(prompt.body()).contains("<Gather").contains("Spanish interpreter needed");
        HttpResponse<String> pressed = signed(base, WebhookUrls.OFFER_ANSWER + "?offerId=" + offer.offerId(),
                Map.of("CallSid", callSid, "Digits", "1"));
        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat(pressed.body()).contains("Thank you. Connecting you now.");

        OfferAnswered answered = watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId()));
        assertThat(answered.answer()).isEqualTo(OfferAnswered.Answer.ACCEPTED);
        assertThat(answered.callSid()).isEqualTo(callSid);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                watch().all(OfferAnswered.class, e -> e.offerId().equals(offer.offerId())).size() == 1
                        && sim.phone(Phones.TAKEOVER_INTERPRETER).calls().size() == 1);

        // Twilio (and the simulator) may say AnsweredBy again in the body of the redirected webhook: the hold-on's
        // own parameter must not repeat that name, or the signature filter refuses the webhook as malformed (the
        // chaos run saw 11 offer calls refused so). A survivor that was quick prompted at once: its prompt's own
        // redirect (the prompt again) carries a parameter of its own the same way
        String redirect = TwimlDocument.parse(meanwhile.body()).text("/Response/Redirect");
        String holdOn = redirect.substring(redirect.indexOf("/twilio/"));
        HttpResponse<String> heldOn = signed(base, holdOn, Map.of("CallSid", callSid, "AnsweredBy", "human"));
        assertThat(heldOn.statusCode()).as(heldOn.body()).isEqualTo(200);
        assertThat(heldOn.body()).startsWith("<?xml").contains("<Response>");
    }

    @Test
    void anOfferReadAgainLongAfterItWasMadeAdoptsTheCallAlreadyRingingInsteadOfDiallingAgain() {
        int port = LineIntegrationTest.freePort();
        ConfigurableApplicationContext desk = start(port);
        awaitRunning(desk);
        sim.configurePhone(Phones.ADOPTED_INTERPRETER, Behaviour.MANUAL);
        OfferMade offer = offer(Phones.ADOPTED_INTERPRETER, Instant.now().minusSeconds(10));
        // what an instance that died before committing had already done: the offer call is ringing
        String base = "http://127.0.0.1:" + port;
        String ringing = Call.creator(new PhoneNumber(Phones.ADOPTED_INTERPRETER),
                        new PhoneNumber(LineIntegrationTest.LINE_NUMBER),
                        URI.create(base + WebhookUrls.OFFER + "?offerId=" + offer.offerId()))
                .setMethod(HttpMethod.POST)
                .setStatusCallback(URI.create(base + WebhookUrls.OFFER_STATUS + "?offerId=" + offer.offerId()))
                .setTimeout(300)
                .create(TwilioStandIn.sdk()).getSid();
        sim.awaitPhone(Phones.ADOPTED_INTERPRETER, p -> p.callState() == PhoneCallState.RINGING, WAIT);

        new EventPlayer(LineIntegrationTest.bootstrapServers()).roster(offer);

        // until the desk has read the offer, the book cannot tell whether this instance keeps the roster's calls
        await().atMost(WAIT).ignoreException(CallBookUnavailable.class)
                .until(() -> book(desk).offer(offer.offerId()).map(RingingOffer::callSid)
                        .filter(ringing::equals).isPresent());
        sim.answer(Phones.ADOPTED_INTERPRETER);
        sim.awaitPhone(Phones.ADOPTED_INTERPRETER, p -> p.waitingForInput(), WAIT);
        sim.press(Phones.ADOPTED_INTERPRETER, "1");
        assertThat(watch().await(OfferAnswered.class, e -> e.offerId().equals(offer.offerId())).callSid())
                .isEqualTo(ringing);
        assertThat(sim.phone(Phones.ADOPTED_INTERPRETER).calls()).hasSize(1);
    }

    private ConfigurableApplicationContext start(int port) {
        String url = "http://127.0.0.1:" + port;
        // as command-line arguments: the builder's own properties are only defaults, below application.yml
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .run(Stream.of(
                        "server.port=" + port,
                        "spring.kafka.bootstrap-servers=" + LineIntegrationTest.bootstrapServers(),
                        "line.twilio.public-url=" + url,
                        "line.twilio.account-sid=" + LineIntegrationTest.ACCOUNT,
                        "line.twilio.auth-token=" + LineIntegrationTest.TOKEN,
                        "line.twilio.line-number=" + LineIntegrationTest.LINE_NUMBER,
                        "line.twilio.api-base-url=" + TwilioStandIn.baseUrl(),
                        "line.notification.roster-id=" + roster,
                        "line.streams.application-id=notification-" + roster,
                        "line.streams.state-dir=" + LineIntegrationTest.stateDir(),
                        "spring.kafka.streams.properties.num.standby.replicas=1",
                        // the simulator runs ten times faster: keep the phone ringing and the prompt open long
                        // enough for an instance to come and go
                        "line.notification.ring-timeout=600s",
                        "line.notification.prompt-timeout=60s",
                        "line.notification.bridge-attempts=50").map(p -> "--" + p).toArray(String[]::new));
        running.add(context);
        return context;
    }

    private void stop(ConfigurableApplicationContext context) {
        context.close();
        running.remove(context);
    }

    private static void awaitRunning(ConfigurableApplicationContext context) {
        LineStreams streams = context.getBean("callDesk", LineStreams.class);
        await().atMost(WAIT).until(() -> streams.state() == KafkaStreams.State.RUNNING);
    }

    private static CallBook book(ConfigurableApplicationContext context) {
        return context.getBean(CallBook.class);
    }

    private static boolean readable(CallBook book, String offerId) {
        try {
            return book.offer(offerId).isPresent();
        } catch (CallBookUnavailable e) {
            return false;
        }
    }

    private HttpResponse<String> signed(String base, String pathAndQuery, Map<String, String> params)
            throws Exception {
        String url = base + pathAndQuery;
        return SignedWebhook.post(LineIntegrationTest.TOKEN, url, url, params);
    }

    private NotificationWatch watch() {
        if (watch == null) {
            watch = new NotificationWatch(LineIntegrationTest.bootstrapServers(), roster);
        }
        return watch;
    }

    private OfferMade offer(String interpreterPhone, Instant madeAt) {
        String requestId = "takeover-" + UUID.randomUUID();
        return new OfferMade(UUID.randomUUID(), madeAt, roster, requestId, "offer-" + UUID.randomUUID(),
                "int-" + interpreterPhone.substring(8), "Ana Rodriguez", interpreterPhone, "es", "Pittsburgh Police",
                Priority.EMERGENCY, null, Channel.VOICE, null, null, "req-" + requestId,
                Instant.now().plusSeconds(120), 1);
    }
}
