package org.interpreterline.simulator.rest;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.interpreterline.simulator.support.ServedPath;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Records every request to the Twilio REST API, rejected ones included, with the status it got. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiLogFilter extends OncePerRequestFilter {

    private final ApiLog apiLog;

    ApiLogFilter(ApiLog apiLog) {
        this.apiLog = apiLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ServedPath.under(request, TwilioAuthFilter.API);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant at = Instant.now();
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
        try {
            chain.doFilter(request, response);
        } finally {
            apiLog.record(new ApiLogEntry(at, request.getMethod(), request.getRequestURI(), params, response.getStatus()));
        }
    }
}
