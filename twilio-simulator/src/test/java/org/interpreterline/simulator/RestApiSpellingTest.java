package org.interpreterline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The REST API's credentials are checked however the path is spelled: an unauthenticated Calls request on a
 * percent-encoded or otherwise respelled path places no call and gets a 4xx.
 */
class RestApiSpellingTest extends SimulatorTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "/2010-04-01/Accounts/{sid}/Calls.json",
            "/%32010-04-01/Accounts/{sid}/Calls.json",
            "/2010-04-01/%41ccounts/{sid}/Calls.json",
            "/2010-04-01/Accounts/{sid}/Call%73.json",
            "/2010-04-01;x=1/Accounts/{sid}/Calls.json",
            "/2010-04-01/Accounts/{sid};x=1/Calls.json"})
    void anUnauthenticatedCallRequestPlacesNoCallHoweverItsPathIsSpelled(String spelling) throws Exception {
        String path = spelling.replace("{sid}", ACCOUNT_SID);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("To=%2B14125550111&From=%2B14125550100&Url="
                        + url("/offer")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isBetween(400, 499);
        assertThat(sim.calls()).isEmpty();
        assertThat(List.of(answer.statusCode())).doesNotContain(201);
    }
}
