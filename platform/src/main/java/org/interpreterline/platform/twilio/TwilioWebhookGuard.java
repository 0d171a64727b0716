package org.interpreterline.platform.twilio;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request into {@code /twilio/**} only when its {@code X-Twilio-Signature} is Twilio's signature of
 * this service's public URL (not the URL the request arrived on: a proxy or tunnel rewrites that) and the
 * form body. Anything else gets 403, is counted and never reaches a controller.
 */
public class TwilioWebhookGuard extends OncePerRequestFilter {

    public static final String PATH_PREFIX = "/twilio/";
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TwilioWebhookGuard.class);

    private final RequestValidator validator;
    private final TwilioProperties twilio;
    private final WebhookRejections rejections;

    public TwilioWebhookGuard(TwilioProperties twilio, WebhookRejections rejections) {
        this.validator = new RequestValidator(twilio.authToken());
        this.twilio = twilio;
        this.rejections = rejections;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PATH_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FormRequest form;
        try {
            form = FormRequest.read(request, MAX_BODY_BYTES);
        } catch (IOException e) {
            reject(response, request, WebhookRejections.Reason.MALFORMED, e.getMessage());
            return;
        }
        String signature = request.getHeader("X-Twilio-Signature");
        String url = signedUrl(request);
        if (signature == null || !validator.validate(url, form.signedParams(), signature)) {
            reject(response, request, WebhookRejections.Reason.BAD_SIGNATURE,
                    signature == null ? "no X-Twilio-Signature" : "signature does not match " + url);
            return;
        }
        chain.doFilter(form, response);
    }

    private String signedUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return twilio.publicUrl(request.getRequestURI()) + (query == null ? "" : "?" + query);
    }

    private void reject(HttpServletResponse response, HttpServletRequest request, WebhookRejections.Reason reason,
            String why) throws IOException {
        rejections.reject(reason);
        log.warn("Refused webhook {} {} from {}: {}", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr(), why);
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Twilio signature required");
    }
}
