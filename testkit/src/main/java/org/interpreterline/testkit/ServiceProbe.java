package org.interpreterline.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topic;
import org.interpreterline.events.Topics;
import tools.jackson.databind.JsonNode;

/**
 * Looks at a running service from the outside, the way a load balancer (health status only) or an operator with
 * the admin credentials (health details, metrics) would.
 */
public final class ServiceProbe {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String authorization;

    /** Without credentials: health says its status only. */
    public ServiceProbe(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = null;
    }

    /** With the admin credentials (HTTP Basic): health details and metrics too. */
    public ServiceProbe(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits up to two minutes (a loaded 2-core machine starts slowly) for {@code /actuator/health} to say UP;
     * returns the last status seen.
     */
    public String awaitHealth() {
        String[] last = {"unreachable"};
        try {
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        last[0] = health().path("status").asString("unreachable");
                        return "UP".equals(last[0]);
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the caller asserts on what was seen, which makes a clearer failure than a timeout
        }
        return last[0];
    }

    /** A health component's status: needs the admin credentials ("absent" without them). */
    public String componentStatus(String component) throws IOException, InterruptedException {
        return health().path("components").path(component).path("status").asString("absent");
    }

    private JsonNode health() throws IOException, InterruptedException {
        try {
            return JsonSerde.MAPPER.readTree(get("/actuator/health").body());
        } catch (IOException e) {
            return JsonSerde.MAPPER.createObjectNode();
        }
    }

    /** The registry's topics and dead-letter topics that do not exist on the broker. */
    public static Set<String> lineTopicsMissingOn(String bootstrapServers)
            throws ExecutionException, InterruptedException {
        Set<String> expected = new TreeSet<>();
        for (Topic<?, ?> topic : Topics.all()) {
            expected.add(topic.name());
            expected.add(topic.deadLetterName());
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            expected.removeAll(admin.listTopics().names().get());
        }
        return expected;
    }
}
