package org.interpreterline.platform.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.interpreterline.events.audit.AdminRequestServed;
import org.interpreterline.events.audit.AuditEvent;
import org.interpreterline.platform.kafka.TopicPublisher;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every answered admin API and board request to the append-only {@code line.audit} topic: who, when, what
 * (path and filter, phone numbers masked), the status and, for lists, exports and reports, how many rows. Runs after
 * the credentials are checked and after a request is forwarded to the roster's owner, so each request is written
 * once, by the instance that answered it. A write that fails is logged, never turned into an error for the reader.
 */
public class AdminAudit extends OncePerRequestFilter {

    /** The request attribute an endpoint sets to the number of rows it answered with. */
    public static final String ROWS = AdminAudit.class.getName() + ".rows";

    private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);
    private static final Pattern PHONE = Pattern.compile("(%2B|\\+)[0-9]{7,15}");

    private final TopicPublisher<String, AuditEvent> publisher;
    private final String service;
    private final String rosterId;
    private final Clock clock;

    public AdminAudit(TopicPublisher<String, AuditEvent> publisher, String service,
            String rosterId, Clock clock) {
        this.publisher = publisher;
        this.service = service;
        this.rosterId = rosterId;
        this.clock = clock;
    }

    /** For an endpoint that answers with a list, an export or a report: how many rows it carried. */
    public static void rows(int count) {
        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()
                .setAttribute(ROWS, count, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/board"));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true; // the board's event stream is written once, when it opens
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Principal user = request.getUserPrincipal();
            if (user != null) {
                write(request, response, user.getName());
            }
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String user) {
        Object rows = request.getAttribute(ROWS);
        AdminRequestServed served = new AdminRequestServed(UUID.randomUUID(), clock.instant(), rosterId, service,
                user, request.getMethod(), masked(request.getRequestURI()), masked(request.getQueryString()),
                response.getStatus(), rows instanceof Integer n ? n : null);
        publisher.publish(service, served).whenComplete((ok, failed) -> {
            if (failed != null) {
                log.warn("Audit entry for {} {} by {} could not be written: {}", served.method(), served.path(),
                        user, failed.getMessage());
            }
        });
    }

    static String masked(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return PHONE.matcher(text).replaceAll(m -> PhoneMask.mask(m.group().replace("%2B", "+")));
    }
}
