package org.interpreterline.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.interpreterline.local.demo.DemoRoster;
import org.interpreterline.local.demo.DemoSeed;

/** What {@code ./run-local} prints once the line is up: where to click, where to look, how to log in. */
record ReadyReport(LineEnvironment env, LocalData data, DemoSeed.Outcome demo, int replicas) {

    static final String READY = "Interpreter Line is ready";

    List<String> lines(Duration startedIn) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(READY + " (started in " + Progress.seconds(startedIn) + ").");
        lines.add("");
        if (env.builtInSimulator()) {
            lines.add(row("Virtual phones", env.simulatorUrl() + "/", "open this: call the line as an officer, answer as an interpreter"));
        } else {
            lines.add(row("Twilio", env.twilioApi(), "the built-in simulator is not started; the line is "
                    + env.lineNumber()));
            lines.add("  " + " ".repeat(21) + " the number's webhooks (HTTP POST): voice " + env.dispatchPublicUrl()
                    + "/twilio/voice, status " + env.dispatchPublicUrl() + "/twilio/voice/status, messaging "
                    + env.dispatchPublicUrl() + "/twilio/sms");
        }
        lines.add(row("dispatch-service", "http://" + env.host() + ":" + env.ports().dispatch(), "/api/requests, /api/responders"));
        lines.add(row("interpreter-roster", "http://" + env.host() + ":" + env.ports().roster(), "/api/interpreters, /api/coverage"));
        lines.add(row("notification-service", "http://" + env.host() + ":" + env.ports().notification(), "/actuator/health"));
        if (replicas > 1) {
            lines.add("  " + " ".repeat(21) + " each service: " + replicas + " instances behind HAProxy, instance i on its"
                    + " port + 100 x i (e.g. dispatch-service-2 on " + LocalPorts.instance(env.ports().dispatch(), 2) + ")");
        }
        lines.add(row("Kafka", env.kafka(), !env.builtInBroker() ? "yours (KAFKA_BOOTSTRAP_SERVERS)"
                : env.brokers() > 1 ? env.brokers() + " brokers, data in " + data.kafkaCluster()
                : "data in " + data.kafka()));
        lines.add("");
        if (env.admin().fromEnvironment()) {
            lines.add("  Admin API (HTTP Basic): user " + env.admin().user() + ", the password in ADMIN_PASSWORD");
        } else {
            lines.add("  Admin API (HTTP Basic): user " + env.admin().user() + ", password " + env.admin().password()
                    + "   (kept in " + data.adminPassword() + ")");
            lines.add("    e.g. curl -u " + env.admin().user() + ":" + env.admin().password() + " http://" + env.host() + ":"
                    + env.ports().roster() + "/api/coverage");
        }
        lines.add("");
        switch (demo) {
            case SEEDED, KEPT -> {
                lines.add("  Demo roster" + (demo == DemoSeed.Outcome.SEEDED ? " (just added)" : "") + ": "
                        + DemoRoster.INTERPRETERS.size() + " interpreters, " + DemoRoster.OFFICERS.size()
                        + " officers, names marked (demo).");
                lines.add("    Try it: on the phones page, " + DemoRoster.OFFICERS.getFirst().name()
                        + " calls the line and presses 1 (Spanish);");
                lines.add("    " + DemoRoster.INTERPRETERS.getFirst().name() + "'s phone rings: answer, press 1.");
            }
            case NONE -> lines.add(env.builtInSimulator()
                    ? "  Empty roster: add interpreters (POST /api/interpreters) and responders (POST /api/responders); their phones appear on the phones page."
                    : "  No demo roster with real Twilio: add your interpreters and responders through the admin API.");
        }
        lines.add("  Data and logs in " + data.root() + "/ (kept between runs; --fresh forgets them).");
        lines.add("  Ctrl-C stops everything.");
        return lines;
    }

    private static String row(String what, String where, String note) {
        return String.format("  %-21s %-28s %s", what, where, note);
    }
}
