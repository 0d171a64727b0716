package org.interpreterline.platform.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;

/**
 * The URL Twilio signed for a webhook: this service's public URL, the path as the handlers are mapped (decoded,
 * path parameters and empty segments dropped, within the application), and the query as it came. A request that
 * spells the path another way reaches the same handler, so it must carry the same signature.
 */
final class SignedUrl {

    private final TwilioProperties twilio;

    SignedUrl(TwilioProperties twilio) {
        this.twilio = twilio;
    }

    String of(HttpServletRequest request) {
        String query = request.getQueryString();
        return twilio.publicUrl(canonicalPath(request)) + (query == null ? "" : "?" + query);
    }

    static String canonicalPath(HttpServletRequest request) {
        PathContainer within = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        return within.elements().stream()
                .filter(PathContainer.PathSegment.class::isInstance)
                .map(e -> ((PathContainer.PathSegment) e).valueToMatch())
                .filter(segment -> !segment.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
    }
}
