package org.interpreterline.platform.twilio;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a webhook through only when its {@code X-Twilio-Signature} is Twilio's signature of the URL Twilio was
 * given ({@link SignedUrl}: the public URL and the path as served, never the spelling that arrived) and of its form
 * body, and when no parameter name is repeated. Anything else is answered 400 or 403, counted, and reaches no
 * handler. It has no opt-out of its own: {@link TwilioWebhooks} runs it on everything the webhook handlers serve.
 */
final class WebhookSignatureFilter extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(WebhookSignatureFilter.class);

    private final RequestValidator validator;
    private final SignedUrl signedUrl;
    private final WebhookRejections rejections;

    WebhookSignatureFilter(TwilioProperties twilio, WebhookRejections rejections) {
        this.validator = new RequestValidator(twilio.authToken());
        this.signedUrl = new SignedUrl(twilio);
        this.rejections = rejections;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FormRequest form;
        try {
            form = FormRequest.read(request, MAX_BODY_BYTES);
        } catch (FormRequest.Malformed e) {
            refuse(response, request, WebhookRejections.Reason.MALFORMED, HttpServletResponse.SC_BAD_REQUEST,
                    e.getMessage());
            return;
        }
        String signature = request.getHeader("X-Twilio-Signature");
        String url = signedUrl.of(request);
        if (signature == null || !validator.validate(url, form.signedParams(), signature)) {
            refuse(response, request, WebhookRejections.Reason.BAD_SIGNATURE, HttpServletResponse.SC_FORBIDDEN,
                    signature == null ? "no X-Twilio-Signature" : "signature does not match " + url);
            return;
        }
        chain.doFilter(form, response);
    }

    private void refuse(HttpServletResponse response, HttpServletRequest request, WebhookRejections.Reason reason,
            int status, String why) throws IOException {
        rejections.reject(reason);
        log.warn("Refused webhook {} {} from {}: {}", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr(), why);
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(status == HttpServletResponse.SC_BAD_REQUEST
                ? "Malformed webhook: " + why : "Twilio signature required");
    }
}
