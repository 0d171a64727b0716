package org.interpreterline.simulator.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.interpreterline.simulator.SimulatorProperties;
import org.interpreterline.simulator.support.ServedPath;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP Basic with the account SID and auth token, as Twilio's REST API requires; anything else gets Twilio's
 * 401 (code 20003). Credentials of this account on another account's path: 404, as Twilio answers. Which requests
 * are the API's is decided on the path as served ({@link ServedPath}), so no spelling of it goes unchecked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TwilioAuthFilter extends OncePerRequestFilter {

    static final String API = "/2010-04-01";
    private static final String ACCOUNTS = API + "/accounts/";

    private final byte[] expected;
    private final String accountPath;
    private final JsonMapper json = JsonMapper.builder().build();

    TwilioAuthFilter(SimulatorProperties properties) {
        this.accountPath = ACCOUNTS + properties.accountSid().toLowerCase(java.util.Locale.ROOT);
        this.expected = (properties.accountSid() + ":" + properties.authToken()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ServedPath.under(request, API);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!authenticated(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Twilio API\"");
            write(response, TwilioError.of(20003, "Authenticate", 401));
            return;
        }
        String path = ServedPath.of(request);
        if (path.startsWith(ACCOUNTS) && !path.startsWith(accountPath + "/") && !path.equals(accountPath + ".json")) {
            write(response, TwilioError.of(20404, "The requested resource " + request.getRequestURI()
                    + " was not found", 404));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            byte[] given = Base64.getDecoder().decode(header.substring(6).trim());
            return MessageDigest.isEqual(given, expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void write(HttpServletResponse response, TwilioError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(error));
    }
}
