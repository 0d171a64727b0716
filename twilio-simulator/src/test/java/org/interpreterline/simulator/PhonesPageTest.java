package org.interpreterline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The virtual phones page is served at the root, with its script and style, with no build step. */
class PhonesPageTest extends SimulatorTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootIsThePhonesPageAndItsScriptUsesTheControlApiAndTheEventStream() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/phones.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Virtual phones", "phones.js", "phones.css");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/sim/events", "/sim/phones/");
        assertThat(get("/phones.css").statusCode()).isEqualTo(200);
    }
}
