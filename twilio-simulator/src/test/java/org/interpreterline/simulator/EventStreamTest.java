package org.interpreterline.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.interpreterline.simulator.phones.Behaviour;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /sim/events} streams state changes as Server-Sent Events. */
class EventStreamTest extends SimulatorTest {

    @Test
    void phoneChangesAreStreamed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sim/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));

        CompletableFuture<String> phoneEvent = CompletableFuture.supplyAsync(() -> response.body()
                .filter(l -> l.startsWith("data:") && l.contains("+14125550177")).findFirst().orElseThrow());
        sim.configurePhone("+14125550177", Behaviour.ANSWER);

        assertThat(phoneEvent.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)).contains("\"kind\":\"phone\"");
        response.body().close();
    }
}
