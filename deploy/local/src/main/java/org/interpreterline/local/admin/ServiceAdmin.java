package org.interpreterline.local.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to one service, the way an administrator's script would: HTTP Basic when credentials are given
 * (the services' {@code /api}), none for the simulator's control API.
 */
public final class ServiceAdmin {

    /** The answer: its status and its JSON (an empty object for an empty body). */
    public record Answer(int status, JsonNode json) {

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String baseUrl;
    private final String authorization;

    private ServiceAdmin(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    public static ServiceAdmin withCredentials(String baseUrl, AdminCredentials credentials) {
        String pair = credentials.user() + ":" + credentials.password();
        return new ServiceAdmin(baseUrl, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    public static ServiceAdmin open(String baseUrl) {
        return new ServiceAdmin(baseUrl, null);
    }

    public Answer get(String path) {
        return exchange("GET", path, null);
    }

    public Answer post(String path, Object body) {
        return exchange("POST", path, body);
    }

    public Answer put(String path, Object body) {
        return exchange("PUT", path, body);
    }

    /** Like the others, but anything other than 2xx is an error naming the call and the answer. */
    public JsonNode expectOk(String method, String path, Object body) {
        Answer answer = exchange(method, path, body);
        if (!answer.ok()) {
            throw new IllegalStateException(method + " " + baseUrl + path + " answered " + answer.status() + ": " + answer.json());
        }
        return answer.json();
    }

    private Answer exchange(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                // the services refuse a write without a JSON body unless it says it is no cross-site form
                .header("X-Requested-By", "run-local")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), parse(text));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + baseUrl + path, e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return JSON.getNodeFactory().textNode(text); // an error page rather than JSON: keep it for the message
        }
    }
}
