package org.interpreterline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interpreterline.events.JsonSerde;

/**
 * Sends each admin operation of a running service ({@code "POST /api/interpreters/{id}"}) with one person's
 * credentials and collects what was not answered as expected: path variables filled with a fresh UUID, writes with
 * an empty JSON object (a refusal comes before the body is read).
 */
public final class RoleChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final String authorization;

    public RoleChecks(int port, String user, String password) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * "METHOD /path" of every operation the service's OpenAPI description ({@code /v3/api-docs}) names, read with
     * these credentials: the description is checked elsewhere to name exactly what the controllers serve.
     */
    public Set<String> describedOperations() {
        HttpResponse<String> description = send("GET /v3/api-docs");
        assertThat(description.statusCode()).as("GET /v3/api-docs").isEqualTo(200);
        return AdminOperations.described(JsonSerde.MAPPER.readTree(description.body()));
    }

    /** The operations answered with something other than 403 (each with what it got), for an assertion. */
    public List<String> notRefused(Collection<String> operations) {
        List<String> answered = new ArrayList<>();
        for (String operation : operations) {
            HttpResponse<String> response = send(operation);
            if (response.statusCode() != 403 || !response.body().contains("\"status\":403")) {
                answered.add(operation + " -> " + response.statusCode());
            }
        }
        return answered;
    }

    /** The answer to one operation. */
    public HttpResponse<String> send(String operation) {
        return send(operation, "application/json, */*;q=0.8");
    }

    /** The answer to one operation, asking for the given media type (text/csv for an export). */
    public HttpResponse<String> send(String operation, String accept) {
        int space = operation.indexOf(' ');
        String method = operation.substring(0, space);
        String path = operation.substring(space + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        boolean write = !List.of("GET", "HEAD", "DELETE").contains(method);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", authorization)
                .header("Accept", accept)
                .header("X-Requested-By", "role-checks")
                .method(method, write ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (write) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(operation).isLessThan(500);
            return response;
        } catch (java.io.IOException e) {
            throw new AssertionError(operation + " could not be sent: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(operation + " was interrupted", e);
        }
    }
}
