package org.interpreterline.platform.web;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.TwiML;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.messaging.Message;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.interpreterline.platform.twilio.TwilioWebhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A webhook never answers 5xx: Twilio would play "an application error has occurred" and hang up, or drop the
 * reply to a text. Whatever a {@code /twilio/**} handler throws (a bug, a parameter that does not parse, a missing
 * one) is answered 200 with an apology and the fallback provider's number: a voice call is put through to it
 * ({@code <Say>} then {@code <Dial>}), a text is told it ({@code <Message>}). Runs before Spring's own resolvers,
 * so the admin API's JSON errors never answer a webhook; a webhook's own {@code @ExceptionHandler} still answers
 * what it declares.
 */
public class WebhookApology implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(WebhookApology.class);
    static final String SORRY = "Sorry, something went wrong on our side.";

    private final RequestMatcher webhooks = PathPatternRequestMatcher.withDefaults().matcher(TwilioWebhooks.PATHS);
    private final Map<Class<?>, ExceptionHandlerMethodResolver> ownHandlers = new ConcurrentHashMap<>();
    private final WebhookFallback fallback;

    public WebhookApology(WebhookFallback fallback) {
        this.fallback = fallback;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!webhooks.matches(request) || handlesItself(handler, ex) || response.isCommitted()) {
            return null;
        }
        log.error("Webhook {} failed; answered with an apology{}", request.getRequestURI(),
                fallback.number().isPresent() ? " and the fallback number" : "", ex);
        try {
            String xml = apology(request.getRequestURI()).toXml();
            response.reset();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_XML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(xml);
            response.flushBuffer();
        } catch (IOException | RuntimeException e) {
            log.error("Webhook {}: the apology could not be written either", request.getRequestURI(), e);
        }
        return new ModelAndView();
    }

    private boolean handlesItself(Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method)) {
            return false;
        }
        return ownHandlers.computeIfAbsent(method.getBeanType(), ExceptionHandlerMethodResolver::new)
                .resolveMethod(ex) != null;
    }

    /** A text gets a message; everything else Twilio calls about is a call. */
    TwiML apology(String path) {
        if (path.contains("/sms")) {
            return new MessagingResponse.Builder().message(new Message.Builder(SORRY + " Please call this number"
                    + fallback.number().map(n -> " or " + n).orElse("") + ".").build()).build();
        }
        return fallback.number()
                .map(n -> new VoiceResponse.Builder()
                        .say(new Say.Builder(SORRY + " Connecting you to our partner interpreter service now.").build())
                        .dial(new Dial.Builder().number(n).build())
                        .build())
                .orElseGet(() -> new VoiceResponse.Builder()
                        .say(new Say.Builder(SORRY + " Please call again. Goodbye.").build())
                        .hangup(new Hangup.Builder().build())
                        .build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // after Spring Boot's error attributes, which only record the error
    }
}
