package org.interpreterline.platform.twilio;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * Sends the Twilio SDK's REST requests to another base URL (the simulator, or a recording proxy). The SDK
 * 13 always builds {@code https://api.twilio.com/...}; this keeps the path and query and swaps the origin.
 * Production uses the SDK's own client without the rerouting (see {@link TwilioClients}); both are bounded by the
 * same {@link TwilioTimeouts}.
 */
public class TwilioRoute extends BoundedTwilioClient {

    private final URI base;

    public TwilioRoute(String baseUrl) {
        this(baseUrl, TwilioTimeouts.DEFAULTS);
    }

    public TwilioRoute(String baseUrl, TwilioTimeouts timeouts) {
        super(timeouts);
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(rebased(request));
    }

    /** The same request, addressed to the base URL. */
    Request rebased(Request request) {
        URL original = request.constructURL();
        String path = original.getPath();
        String query = original.getQuery();
        String url = base + path + (query == null || query.isEmpty() ? "" : "?" + query);
        Request copy = new Request(request.getMethod(), url);
        if (request.getAuthStrategy() != null) {
            copy.setAuth(request.getAuthStrategy());
        } else if (request.getUsername() != null) {
            copy.setAuth(request.getUsername(), request.getPassword());
        }
        // the query string is already in the URL; the body and headers travel as they were
        copyInto(request.getPostParams(), copy::addPostParam);
        copyInto(request.getHeaderParams(), copy::addHeaderParam);
        copy.setContentType(request.getContentType());
        if (request.getBody() != null) {
            copy.setBody(request.getBody());
        }
        copy.setUserAgentExtensions(request.getUserAgentExtensions());
        return copy;
    }

    private static void copyInto(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(v -> add.accept(name, v)));
    }

    public URI base() {
        return base;
    }
}
