package org.interpreterline.platform.testapp;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.interpreterline.platform.LinePlatform;
import org.interpreterline.platform.twilio.TwilioWebhooks;
import org.interpreterline.testkit.TestBroker;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service of the line as the platform makes it, on a real Tomcat against a real broker: the platform's
 * configuration (line-defaults.yml, admin API, webhook signature check) around a few webhooks and admin endpoints
 * that record being reached. What the security tests attack.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({LinePlatform.class, TwilioWebhooks.class, GuardedService.Endpoints.class})
public class GuardedService {

    public static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";
    /** What Twilio believes the service's address is: signatures are computed over it. */
    public static final String PUBLIC_URL = "https://line.example.org";
    public static final String ADMIN_USER = "supervisor";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple";
    public static final List<String> WEBHOOKS = List.of("/twilio/voice", "/twilio/voice/hold", "/twilio/sms");

    /** Starts one, with more properties ({@code name=value}, replacing a default) on top of the line's defaults. */
    public static ConfigurableApplicationContext start(String... more) {
        return start(List.of(), more);
    }

    /** @param sources more configuration classes (test beans) */
    public static ConfigurableApplicationContext start(List<Class<?>> sources, String... more) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : List.of(
                "spring.config.import=classpath:line-defaults.yml",
                "spring.application.name=guarded-service",
                "server.port=0",
                "spring.kafka.bootstrap-servers=" + TestBroker.shared().bootstrapServers(),
                "line.kafka.partitions=1",
                "line.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                "line.twilio.auth-token=" + AUTH_TOKEN,
                "line.twilio.line-number=+14125550100",
                "line.twilio.api-base-url=https://api.twilio.com",
                "line.twilio.public-url=" + PUBLIC_URL,
                "line.admin.user=" + ADMIN_USER,
                "line.admin.password=" + ADMIN_PASSWORD,
                "spring.main.banner-mode=off",
                "logging.level.root=WARN")) {
            put(properties, property);
        }
        for (String property : more) {
            put(properties, property);
        }
        List<String> args = new ArrayList<>();
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        List<Class<?>> all = new ArrayList<>(List.of(GuardedService.class));
        all.addAll(sources);
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(args.toArray(String[]::new));
    }

    private static void put(Map<String, String> properties, String property) {
        int eq = property.indexOf('=');
        properties.put(property.substring(0, eq), property.substring(eq + 1));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String admin() {
        return basic(ADMIN_USER, ADMIN_PASSWORD);
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public static Endpoints endpoints(ConfigurableApplicationContext context) {
        return context.getBean(Endpoints.class);
    }

    /** Each handler notes that it ran (path and parameters as the handler saw them). */
    @RestController
    public static class Endpoints {

        public record Visit(String path, Map<String, String> params) {
        }

        private final List<Visit> visits = new CopyOnWriteArrayList<>();

        @PostMapping(path = {"/twilio/voice", "/twilio/voice/hold", "/twilio/sms"},
                produces = MediaType.APPLICATION_XML_VALUE)
        String webhook(HttpServletRequest request, @RequestParam Map<String, String> params) {
            visits.add(new Visit(request.getRequestURI(), params));
            return "<Response><Say>reached</Say></Response>";
        }

        @GetMapping("/api/things")
        Map<String, Object> things(HttpServletRequest request) {
            visits.add(new Visit(request.getRequestURI(), Map.of()));
            return Map.of("things", List.of());
        }

        /** Stands for dispatch's history, which a roster's supervisor may read for their roster. */
        @GetMapping("/api/requests")
        Map<String, Object> requests(HttpServletRequest request) {
            visits.add(new Visit(request.getRequestURI(), Map.of()));
            return Map.of("limitedTo", org.interpreterline.platform.admin.Role.limitedRoster().orElse("every roster"));
        }

        @PostMapping("/api/things/{id}/cancel")
        Map<String, Object> cancel(HttpServletRequest request, @PathVariable String id) {
            visits.add(new Visit(request.getRequestURI(), Map.of()));
            return Map.of("id", id, "status", "CANCELLED");
        }

        public List<Visit> visits() {
            return List.copyOf(visits);
        }

        public void forget() {
            visits.clear();
        }
    }
}
