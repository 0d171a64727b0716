package org.interpreterline.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.interpreterline.events.RequestConference;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.simulator.phones.Behaviour;
import org.interpreterline.simulator.webhooks.WebhookLogEntry;
import org.junit.jupiter.api.Test;

/**
 * Load driver, not a test: voice requests at a fixed rate against the whole line (three services, a broker, the
 * simulator), each rate for {@code -Dseconds} (60), with enough interpreters to take them (twelve per request a
 * second at the highest rate: ring, prompt, two seconds of talk and the wrap-up hold one for about eight seconds;
 * with six, a run of 5/s alone queued its requests for seconds). Officers press 1 for Spanish; interpreters answer and press 1; officers
 * hang up two seconds after the bridge. For each rate it prints how many requests were sent and bridged, keypress to
 * interpreter dial (the simulator's clock: language webhook sent to the interpreter's Calls API request received)
 * p50/p99/max, the webhooks' answer times, and each service's largest heap and RSS; then the highest rate with p99
 * keypress-to-dial at most 250 ms and nothing lost, and the line's median against one bare committed Kafka hop
 * (a transactional producer's commit to a read-committed consumer) measured in the same run.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark verify -pl line-tests -Dit.test=SustainedLoadBenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false [-Drates=10,20,50 -Dseconds=60]}; it writes
 * {@code line-tests/target/benchmark-sustained-load.txt}.
 */
class SustainedLoadBenchmark {

    static final List<Integer> RATES = Arrays.stream(System.getProperty("rates", "5,10,20,50").split(","))
            .map(String::strip).map(Integer::parseInt).toList();
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("seconds", 60));
    static final Duration TALK = Duration.ofSeconds(2);
    static final Duration DRAIN = Duration.ofMinutes(3);
    static final long P99_GOAL_MS = 250;

    /** What one rate did. */
    record Run(int rate, int sent, int skipped, int bridged, int lost, List<Long> keypressToDial,
            List<Long> webhookMillis, Map<String, long[]> memory) {

        boolean sustained() {
            return lost == 0 && skipped == 0 && !keypressToDial.isEmpty() && percentile(keypressToDial, 99) <= P99_GOAL_MS;
        }
    }

    @Test
    void voiceRequestsAtFixedRates() throws Exception {
        int most = RATES.stream().mapToInt(Integer::intValue).max().orElseThrow();
        try (LineUnderTest line = LineUnderTest.start("sustained-load", Map.of("LINE_WRAP_UP", "1s"), 1.0)) {
            List<String> interpreters = new ArrayList<>();
            for (int i = 0; i < 12 * most; i++) {
                String phone = "+1412556" + String.format("%04d", i);
                line.sim.configurePhone(phone, "Interpreter " + i, Behaviour.ANSWER, 200, "1", false);
                line.availableInterpreter("Interpreter " + i, phone, List.of("es"), 1);
                interpreters.add(phone);
            }
            // a phone is free again once its call is over: a call lasts about five seconds, twelve leaves room
            List<String> officers = new ArrayList<>();
            for (int j = 0; j < 12 * most; j++) {
                String phone = "+1412557" + String.format("%04d", j);
                line.responder("Officer " + j, phone, "Load Police");
                line.sim.configurePhone(phone, null, Behaviour.ANSWER, 200, "1", false);
                officers.add(phone);
            }
            List<Long> hops = bareCommittedHops(line.broker.bootstrapServers(), 200);
            List<Watched> services = List.of(new Watched("dispatch-service", line.dispatchAdmin, line.dispatch.pid()),
                    new Watched("interpreter-roster", line.rosterAdmin, line.roster.pid()),
                    new Watched("notification-service", line.notificationAdmin, line.notification.pid()));

            List<Run> runs = new ArrayList<>();
            try (Conductor conductor = new Conductor(line.sim, Set.copyOf(officers), TALK)) {
                for (int rate : RATES) {
                    runs.add(drive(line, rate, officers, interpreters, services));
                    report(runs, hops); // after each rate: a later rate may overwhelm the line and the driver
                }
            }
        }
    }

    /** A service whose memory is sampled: its metrics as the administrator reads them, and its process. */
    record Watched(String service, AdminApi admin, long pid) {
    }

    private static Run drive(LineUnderTest line, int rate, List<String> officers, List<String> interpreters,
            List<Watched> services) throws Exception {
        line.sim.clearApiLog();
        line.sim.clearWebhookLog();
        Map<String, String> callSids = new ConcurrentHashMap<>(); // CallSid -> officer
        AtomicInteger next = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        Map<String, long[]> memory = new ConcurrentHashMap<>();
        int total = (int) (rate * WINDOW.toSeconds());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try (ExecutorService dialers = Executors.newFixedThreadPool(8)) {
            clock.scheduleAtFixedRate(() -> sample(services, memory), 0, 1, TimeUnit.SECONDS);
            clock.scheduleAtFixedRate(() -> {
                int n = next.getAndIncrement();
                if (n < total) {
                    String officer = officers.get(n % officers.size());
                    dialers.execute(() -> {
                        try {
                            callSids.put(line.sim.dial(officer), officer);
                        } catch (RuntimeException e) {
                            skipped.incrementAndGet(); // the phone was still on its last call
                        }
                    });
                }
            }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            Awaitility.await().atMost(WINDOW.plusSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> next.get() >= total);
        } finally {
            clock.shutdownNow();
        }
        // drained: every call over (officers hang up after talking; a caller never bridged holds until DRAIN)
        try {
            // an overwhelmed simulator may not answer a poll in time: the next poll asks again
            Awaitility.await().atMost(DRAIN).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> line.sim.calls().stream()
                    .filter(c -> callSids.containsKey(c.sid())).allMatch(c -> c.endedAt() != null));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.printf("load %d/s: not drained after %s%n", rate, DRAIN);
        }

        Map<String, Instant> choseLanguage = new HashMap<>();
        List<Long> webhookMillis = new ArrayList<>();
        for (WebhookLogEntry w : line.sim.webhookLog()) {
            webhookMillis.add(w.durationMs());
            String sid = w.params().get("CallSid");
            if (w.url().contains("/twilio/voice/language") && callSids.containsKey(sid)) {
                choseLanguage.merge(sid, w.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, Instant> dialled = OfferDials.firstByOffer(line.sim.apiLog());
        Map<String, String> requestOf = new HashMap<>();
        for (RequestOpened o : line.events.all(RequestOpened.class, o -> callSids.containsKey(o.requesterCallSid()))) {
            requestOf.put(o.requesterCallSid(), o.requestId());
        }
        Map<String, Instant> firstDial = new HashMap<>();
        for (OfferMade offer : line.events.all(OfferMade.class, o -> requestOf.containsValue(o.requestId()))) {
            Instant at = dialled.get(offer.offerId());
            if (at != null) {
                firstDial.merge(offer.requestId(), at, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Long> keypressToDial = new ArrayList<>();
        choseLanguage.forEach((sid, chose) -> {
            Instant dial = firstDial.get(requestOf.get(sid));
            if (dial != null) {
                keypressToDial.add(Duration.between(chose, dial).toMillis());
            }
        });
        Set<String> bridged = new HashSet<>();
        ConferencesJoined.by(line.sim, Set.copyOf(interpreters)).values().forEach(bridged::addAll);
        int bridgedRequests = (int) requestOf.values().stream().filter(id -> bridged.contains(RequestConference.nameOf(id))).count();
        int sent = callSids.size();
        return new Run(rate, sent, skipped.get(), bridgedRequests, sent - bridgedRequests,
                keypressToDial.stream().sorted().toList(), webhookMillis.stream().sorted().toList(), memory);
    }

    /** Largest heap used and RSS per service, in MiB, as seen once a second. */
    private static void sample(List<Watched> services, Map<String, long[]> memory) {
        for (Watched w : services) {
            try {
                long heap = (long) (w.admin().metricSum("jvm_memory_used_bytes", "area=\"heap\"") / (1024 * 1024));
                long rss = rssMiB(w.pid());
                memory.merge(w.service(), new long[] {heap, rss},
                        (a, b) -> new long[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
            } catch (RuntimeException e) {
                // a busy service answers the next sample
            }
        }
    }

    private static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            // not Linux: no RSS
        }
        return -1;
    }

    /** Milliseconds from a transactional send to a read-committed consumer seeing it, one hop at a time. */
    private static List<Long> bareCommittedHops(String bootstrap, int hops) throws Exception {
        String topic = "benchmark.hop." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "benchmark-hop-" + UUID.randomUUID());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-hop-" + UUID.randomUUID());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Long> millis = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                        new StringDeserializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(topic));
            consumer.poll(Duration.ofSeconds(5)); // joined and assigned before the first hop is timed
            for (int i = 0; i < hops; i++) {
                long start = System.nanoTime();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "hop", Integer.toString(i)));
                producer.commitTransaction();
                boolean seen = false;
                while (!seen) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(5));
                    seen = !records.isEmpty();
                }
                if (i >= 20) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return millis.stream().sorted().toList();
    }

    private static void report(List<Run> runs, List<Long> hops) throws Exception {
        StringBuilder text = new StringBuilder(String.format("sustained load, voice requests for %d s at each rate "
                + "(%s), 2-core machine, everything on it:%n", WINDOW.toSeconds(), Instant.now()));
        text.append(String.format("  %6s %6s %7s %7s %5s  %-38s  %-22s  %s%n", "rate/s", "sent", "skipped",
                "bridged", "lost", "keypress -> dial p50/p99/max ms", "webhook p50/p99 ms",
                "heap/RSS MiB (dispatch, roster, notification)"));
        for (Run r : runs) {
            text.append(String.format("  %6d %6d %7d %7d %5d  %-38s  %-22s  %s%n", r.rate(), r.sent(), r.skipped(),
                    r.bridged(), r.lost(), r.keypressToDial().isEmpty() ? "-" : percentile(r.keypressToDial(), 50)
                            + " / " + percentile(r.keypressToDial(), 99) + " / " + r.keypressToDial().getLast(),
                    percentile(r.webhookMillis(), 50) + " / " + percentile(r.webhookMillis(), 99),
                    memory(r.memory())));
        }
        String best = runs.stream().filter(Run::sustained).mapToInt(Run::rate).max().stream()
                .mapToObj(Integer::toString).findFirst().orElse("none of those tried");
        text.append(String.format("  highest rate sustained (p99 keypress -> dial <= %d ms, nothing lost): %s%n",
                P99_GOAL_MS, best));
        long hop = percentile(hops, 50);
        Run first = runs.getFirst();
        text.append(String.format("  one bare committed Kafka hop: p50 %d ms, p99 %d ms; the line's keypress -> dial "
                + "median at %d/s is %s hops%n", hop, percentile(hops, 99), first.rate(),
                first.keypressToDial().isEmpty() || hop == 0 ? "-"
                        : String.format("%.1f", percentile(first.keypressToDial(), 50) / (double) hop)));
        System.out.print(text);
        Files.writeString(Path.of("target", "benchmark-sustained-load.txt"), text);
    }

    private static String memory(Map<String, long[]> memory) {
        List<String> parts = new ArrayList<>();
        for (String service : List.of("dispatch-service", "interpreter-roster", "notification-service")) {
            long[] m = memory.get(service);
            parts.add(m == null ? "-" : m[0] + "/" + m[1]);
        }
        return String.join(", ", parts);
    }

    /** -1 when nothing was measured (a rate that bridged nobody). */
    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : Percentiles.of(sorted, p);
    }
}
