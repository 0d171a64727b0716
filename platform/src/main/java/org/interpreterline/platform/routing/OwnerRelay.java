package org.interpreterline.platform.routing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/**
 * Sends a request on to the owner as it came (method, path, query, headers and body, the caller's credentials and
 * Twilio's signature untouched: the owner checks them again) and relays the answer as it arrives: status,
 * headers, and the body chunk by chunk, so a Server-Sent Events stream flows through.
 */
class OwnerRelay {

    /** Marks a forwarded request: the instance that gets it answers it itself, whatever it believes. */
    static final String FORWARDED_BY = "X-Line-Forwarded-By";

    enum Outcome {
        /** the owner's answer went to the caller */
        RELAYED,
        /** the owner could not be reached: nothing was sent, the request can go elsewhere */
        UNREACHABLE,
        /** reached, but no answer came: the owner may or may not have acted on it */
        NO_ANSWER
    }

    /** Connection-level headers, and those the JDK client sets itself. */
    private static final Set<String> NOT_RELAYED = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length", "expect", "http2-settings");

    private final HttpClient http;
    private final String self;
    private final Duration timeout;

    /** @param self this instance's URL, named in {@link #FORWARDED_BY} for the owner's logs */
    OwnerRelay(String self, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.self = self;
        this.timeout = timeout;
    }

    Outcome relay(HttpServletRequest request, byte[] body, URI owner, HttpServletResponse response)
            throws IOException, InterruptedException {
        String query = request.getQueryString();
        HttpRequest.Builder forward = HttpRequest.newBuilder(owner.resolve(request.getRequestURI()
                        + (query == null ? "" : "?" + query)))
                .timeout(timeout)
                .method(request.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : Collections.list(request.getHeaders(name))) {
                    forward.header(name, value);
                }
            }
        }
        forward.header(FORWARDED_BY, self);
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            return Outcome.UNREACHABLE;
        } catch (IOException e) {
            return Outcome.NO_ANSWER;
        }
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        try (InputStream in = answer.body()) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            // flushed at every chunk: a board's event stream must reach the screen as it is written
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // the owner went away mid-answer, or the caller did: closing both ends is all there is to do
        }
        return Outcome.RELAYED;
    }
}
