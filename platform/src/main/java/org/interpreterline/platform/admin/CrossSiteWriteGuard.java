package org.interpreterline.platform.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that holds the board's Basic credentials sends them with any page's form too. A state-changing
 * admin request must therefore show it was not sent by a form: a JSON body ({@code Content-Type:
 * application/json}) or the {@link #HEADER} header, which a cross-site page cannot set without the browser
 * asking this service first (and it never says yes). Refused with a 403 problem detail saying what is missing.
 */
final class CrossSiteWriteGuard extends OncePerRequestFilter {

    static final String HEADER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HEADER);
        if ((header != null && !header.isBlank()) || json(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        ProblemAnswer.write(request, response, HttpStatus.FORBIDDEN, "A " + request.getMethod()
                + " to the admin API needs a JSON body (Content-Type: application/json) or an " + HEADER
                + " header (any value): without either it could come from another site's form");
    }

    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "application".equals(type.getType())
                    && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
