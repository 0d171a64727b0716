package org.interpreterline.line;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;
import org.interpreterline.events.JsonSerde;
import tools.jackson.databind.JsonNode;

/** An administrator's HTTP client for one service's admin API (HTTP Basic, JSON). */
final class AdminApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String authorization;

    AdminApi(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} header value, for clients of the admin pages other than this one (a browser). */
    String authorization() {
        return authorization;
    }

    HttpResponse<String> send(String method, String path, Object body) {
        return send(method, path, body, "application/json");
    }

    /** An export as CSV ({@code Accept: text/csv}), insisting on 200. */
    String csv(String path) {
        HttpResponse<String> response = send("GET", path, null, "text/csv");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(String method, String path, Object body, String accept) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JsonSerde.MAPPER.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .header("Accept", accept)
                    // what every admin tool sends: a write without a JSON body (a cancel) is refused without it
                    .header("X-Requested-By", "line-tests")
                    .method(method, publisher)
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + base + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and insists on a 2xx answer; returns its JSON. */
    JsonNode ok(String method, String path, Object body) {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? JsonSerde.MAPPER.createObjectNode() : JsonSerde.MAPPER.readTree(response.body());
    }

    /**
     * One sample of the service's /actuator/prometheus (the administrator's scrape) whose labels include every one
     * of {@code labels} ("a=\"x\",b=\"y\"", or "" for any), or NaN when it has none.
     */
    double metric(String name, String labels) {
        return samples(name, labels).findFirst().orElse(Double.NaN);
    }

    /** The sum of every such sample (a gauge per memory pool, say), 0 when there is none. */
    double metricSum(String name, String labels) {
        return samples(name, labels).sum();
    }

    private DoubleStream samples(String name, String labels) {
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", authorization).header("Accept", "text/plain")
                .build();
        String body;
        try {
            body = http.send(scrape, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + base + "/actuator/prometheus failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> wanted = Arrays.stream(labels.split(",")).filter(l -> !l.isEmpty()).toList();
        return Pattern.compile("(?m)^" + name + "(?:\\{([^}]*)})? (\\S+)$").matcher(body).results()
                .filter(m -> wanted.stream().allMatch(l -> m.group(1) != null && m.group(1).contains(l)))
                .mapToDouble(m -> Double.parseDouble(m.group(2)));
    }
}
