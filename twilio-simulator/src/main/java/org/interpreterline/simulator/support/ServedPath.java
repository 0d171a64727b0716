package org.interpreterline.simulator.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;

/**
 * The path a request is served under, for filters that must decide whether it needs a check: decoded segment by
 * segment (as Spring MVC matches them), path parameters, empty segments and dot segments resolved, lower case. Any
 * spelling of a protected path comes out the same, so a filter never skips a request a protected handler serves.
 */
public final class ServedPath {

    private ServedPath() {
    }

    public static String of(HttpServletRequest request) {
        PathContainer within = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        Deque<String> segments = new ArrayDeque<>();
        for (PathContainer.Element element : within.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                String value = segment.valueToMatch();
                if (value.equals("..")) {
                    segments.pollLast();
                } else if (!value.isEmpty() && !value.equals(".")) {
                    segments.addLast(value.toLowerCase(Locale.ROOT));
                }
            }
        }
        return "/" + String.join("/", segments);
    }

    /** The served path is {@code prefix} or below it ({@code prefix} in lower case, without a trailing slash). */
    public static boolean under(HttpServletRequest request, String prefix) {
        String path = of(request);
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
