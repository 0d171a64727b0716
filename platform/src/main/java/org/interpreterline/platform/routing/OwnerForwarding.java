package org.interpreterline.platform.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Any instance may receive any webhook or admin request (a load balancer spreads them; Twilio knows one URL). A
 * request on one of the configured paths is answered by the roster's owner: here if this instance is the owner,
 * else forwarded to it by {@link OwnerRelay}. It runs after the signature check and Spring Security, so junk is
 * refused where it arrives; the owner checks again, since the forwarded request carries the caller's own
 * credentials and signature. A forwarded request is never forwarded again.
 *
 * <p>While the owner is unknown or unreachable (an instance just died and the group has not yet moved its task),
 * the request waits up to {@code owner-wait} for a reachable owner. After that a webhook is answered here (the
 * webhooks answer something safe from whatever state they can read, never a 5xx) and an admin request gets 503
 * with {@code Retry-After}.
 */
public class OwnerForwarding extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OwnerForwarding.class);
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final long LOOK_AGAIN_MS = 50;

    private final RosterOwner owner;
    private final OwnerRelay relay;
    private final List<PathPattern> paths;
    private final RoutingProperties props;

    public OwnerForwarding(RosterOwner owner, RoutingProperties props, String selfUrl) {
        this.owner = owner;
        this.props = props;
        this.relay = new OwnerRelay(selfUrl, props.forwardTimeout());
        PathPatternParser parser = new PathPatternParser();
        this.paths = props.paths().stream().map(String::strip).map(parser::parse).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (request.getHeader(OwnerRelay.FORWARDED_BY) != null) {
            return true;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return paths.stream().noneMatch(p -> p.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long deadline = System.nanoTime() + props.ownerWait().toNanos();
        Set<HostInfo> unreachable = new HashSet<>();
        byte[] body = null;
        while (true) {
            RosterOwner.Owner now = owner.now();
            if (now instanceof RosterOwner.Owner.Here) {
                chain.doFilter(body == null ? request : new ReadAgain(request, body), response);
                return;
            }
            if (now instanceof RosterOwner.Owner.There there && !unreachable.contains(there.host())) {
                if (body == null) {
                    body = request.getInputStream().readNBytes(MAX_BODY_BYTES);
                }
                OwnerRelay.Outcome outcome;
                try {
                    outcome = relay.relay(request, body, there.url(), response);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcome = OwnerRelay.Outcome.NO_ANSWER;
                }
                switch (outcome) {
                    case RELAYED -> {
                        return;
                    }
                    case UNREACHABLE -> {
                        log.warn("Owner of roster {} at {} is unreachable; waiting for the group to move it",
                                owner.rosterId(), there.url());
                        unreachable.add(there.host());
                    }
                    case NO_ANSWER -> {
                        log.warn("Owner of roster {} at {} did not answer {} {}", owner.rosterId(), there.url(),
                                request.getMethod(), request.getRequestURI());
                        answerWithoutOwner(request, body, response, chain);
                        return;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                log.warn("No reachable owner of roster {} after {} ms for {} {}", owner.rosterId(),
                        props.ownerWait().toMillis(), request.getMethod(), request.getRequestURI());
                answerWithoutOwner(request, body, response, chain);
                return;
            }
            try {
                Thread.sleep(LOOK_AGAIN_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answerWithoutOwner(request, body, response, chain);
                return;
            }
        }
    }

    /** Webhooks are answered here, from what this instance can read; anything else is told to come back. */
    private static void answerWithoutOwner(HttpServletRequest request, byte[] body, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        if (request.getRequestURI().startsWith("/twilio/")) {
            chain.doFilter(body == null ? request : new ReadAgain(request, body), response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"the instance that serves this roster is changing over; try again in a moment\","
                + "\"instance\":\"" + request.getRequestURI().replace("\\", "").replace("\"", "") + "\"}");
    }

    /** The request with its body, already read for forwarding, to be read once more here. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
