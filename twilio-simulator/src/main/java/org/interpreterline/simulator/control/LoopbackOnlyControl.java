package org.interpreterline.simulator.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.interpreterline.simulator.support.ServedPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The control API ({@code /sim/**}: dial, answer, press keys, text, reset, and the phones page's calls to them)
 * answers this machine only, whatever address the simulator listens on: anyone else gets 403. The phones page
 * itself may load elsewhere, its buttons do nothing there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class LoopbackOnlyControl extends OncePerRequestFilter {

    static final String CONTROL = "/sim";
    private static final Logger log = LoggerFactory.getLogger(LoopbackOnlyControl.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ServedPath.under(request, CONTROL);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loopback(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused control request {} {} from {}: the control API answers this machine only",
                request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"the simulator's control API answers this machine only\"}");
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress(); // an IP literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
