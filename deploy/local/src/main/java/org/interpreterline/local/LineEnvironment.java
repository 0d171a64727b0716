package org.interpreterline.local;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.interpreterline.local.admin.AdminCredentials;

/**
 * The line's environment variables (README.md, Configuration) every child gets: what the operator set is passed on untouched; what is unset points
 * at the local broker and simulator. An operator who sets {@code TWILIO_API_BASE_URL} elsewhere (Twilio itself)
 * gets no simulator, and one who sets {@code KAFKA_BOOTSTRAP_SERVERS} gets no local broker.
 */
public record LineEnvironment(Map<String, String> operator, LocalPorts ports, AdminCredentials admin, String bind,
        int brokers) {

    /** One per run of ./run-local (AES-256, base64), never written anywhere but the services' environment. */
    private static final String RESIDENT_MASTER_KEY = generatedKey();

    private static String generatedKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }


    /** A line on this machine's loopback address only, as {@code ./run-local} starts without {@code --bind}. */
    public LineEnvironment(Map<String, String> operator, LocalPorts ports, AdminCredentials admin) {
        this(operator, ports, admin, LocalOptions.LOOPBACK);
    }

    /** One broker, listening on {@code bind}. */
    public LineEnvironment(Map<String, String> operator, LocalPorts ports, AdminCredentials admin, String bind) {
        this(operator, ports, admin, bind, 1);
    }

    /** Where this machine reaches the services: the bind address, or the loopback one when they listen there too. */
    public String host() {
        return everywhere() || bind.startsWith("127.") ? LocalOptions.LOOPBACK
                : bind.contains(":") ? "[" + bind + "]" : bind;
    }

    private boolean everywhere() {
        return Set.of("0.0.0.0", "::", "[::]", "::0").contains(bind);
    }

    public boolean builtInSimulator() {
        String base = set("TWILIO_API_BASE_URL");
        if (base == null) {
            return true;
        }
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return Set.of("http://127.0.0.1:" + ports.simulator(), "http://localhost:" + ports.simulator()).contains(trimmed);
    }

    public boolean builtInBroker() {
        return set("KAFKA_BOOTSTRAP_SERVERS") == null;
    }

    public String kafka() {
        if (!builtInBroker()) {
            return set("KAFKA_BOOTSTRAP_SERVERS");
        }
        return java.util.stream.IntStream.rangeClosed(1, brokers).mapToObj(n -> "127.0.0.1:" + ports.broker(n))
                .collect(java.util.stream.Collectors.joining(","));
    }

    public String twilioApi() {
        return builtInSimulator() ? simulatorUrl() : set("TWILIO_API_BASE_URL");
    }

    /** Credentials of a real account: without them Twilio itself answers 401 to everything. */
    public boolean twilioAccountSet() {
        return set("TWILIO_ACCOUNT_SID") != null && set("TWILIO_AUTH_TOKEN") != null;
    }

    public String simulatorUrl() {
        return "http://127.0.0.1:" + ports.simulator();
    }

    public String dispatchPublicUrl() {
        return orDefault("DISPATCH_PUBLIC_URL", "http://" + host() + ":" + ports.dispatch());
    }

    public String notificationPublicUrl() {
        return orDefault("NOTIFICATION_PUBLIC_URL", "http://" + host() + ":" + ports.notification());
    }

    public String lineNumber() {
        return orDefault("TWILIO_LINE_NUMBER", "+14125550100");
    }

    /** For a service (listening on the bind address); the launcher adds its port and state directory. */
    public Map<String, String> forServices() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka());
        env.put("TWILIO_API_BASE_URL", twilioApi());
        env.put("DISPATCH_PUBLIC_URL", dispatchPublicUrl());
        env.put("NOTIFICATION_PUBLIC_URL", notificationPublicUrl());
        env.put("ADMIN_USER", admin.user());
        env.put("ADMIN_PASSWORD", admin.password());
        // generated for each run, the same for every service of it: residents' keys from an earlier run stay shut
        env.put("LINE_RESIDENT_MASTER_KEY", orDefault("LINE_RESIDENT_MASTER_KEY", RESIDENT_MASTER_KEY));
        env.put("SERVER_ADDRESS", bind);
        if (builtInBroker() && brokers > 1) {
            // the built-in cluster keeps three copies of everything (two must have a write): so do the line's topics
            env.put("LINE_KAFKA_REPLICATION_FACTOR", orDefault("LINE_KAFKA_REPLICATION_FACTOR",
                    Integer.toString(Math.min(3, brokers))));
        }
        return env;
    }

    /**
     * The simulator reads the same account and line number as the services, and sends webhooks to dispatch. It
     * listens on loopback, or everywhere with {@code --bind 0.0.0.0}.
     */
    public Map<String, String> forSimulator() {
        Map<String, String> env = new HashMap<>();
        env.put("SIMULATOR_PORT", Integer.toString(ports.simulator()));
        // the phones page and its control API answer this machine only: on one other interface the simulator
        // would be out of reach of the launcher and the browser here, so it stays on loopback then
        env.put("SERVER_ADDRESS", everywhere() ? bind : LocalOptions.LOOPBACK);
        env.put("DISPATCH_PUBLIC_URL", dispatchPublicUrl());
        return env;
    }

    private String orDefault(String name, String fallback) {
        String value = set(name);
        return value == null ? fallback : value;
    }

    private String set(String name) {
        String value = operator.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
