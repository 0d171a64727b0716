package org.interpreterline.simulator.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.interpreterline.simulator.support.ServedPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/** Applies the {@link RestFaults} to authenticated REST requests: holds them, fails them, or both. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class RestFaultFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RestFaultFilter.class);

    private final RestFaults faults;
    private final JsonMapper json = JsonMapper.builder().build();

    RestFaultFilter(RestFaults faults) {
        this.faults = faults;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ServedPath.under(request, TwilioAuthFilter.API);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RestFault> fault = faults.take(request.getMethod(), ServedPath.of(request), request.getParameter("To"));
        if (fault.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RestFault f = fault.get();
        log.info("REST fault on {} {}: {}held {} ms, then {}", request.getMethod(), request.getRequestURI(),
                f.afterServing() ? "served, " : "", f.delayMs(), f.status() == 0 ? "answered" : "answered " + f.status());
        ContentCachingResponseWrapper served = null;
        if (f.afterServing()) {
            served = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, served);
        }
        if (f.delayMs() > 0) {
            try {
                Thread.sleep(f.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (f.status() == 0) {
            if (served != null) {
                served.copyBodyToResponse();
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (served != null) {
            response.reset();
        }
        response.setStatus(f.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(TwilioError.of(f.twilioCode(),
                f.status() == 429 ? "Too Many Requests" : "Simulated failure", f.status())));
    }
}
