package org.interpreterline.dispatch.canary;

import java.util.Locale;

/** What one canary found: the line works for the language, or the first thing that broke. */
public enum CanaryOutcome {
    /** someone could have been offered a request */
    OK("the line works"),
    /** the SMS webhook did not answer as the line does (connection refused, an error, a wrong answer) */
    WEBHOOK_UNREACHABLE("the SMS webhook is unreachable"),
    /** the webhook answered but could not hand the canary to Kafka */
    KAFKA_UNAVAILABLE("Kafka did not take the canary"),
    /** the roster's answer did not come back in time: Kafka lag, or the roster is down */
    KAFKA_LAG("no answer from the roster in time (Kafka lag or interpreter-roster down)"),
    /** the roster answered: nobody could be offered a request in the language now */
    NO_INTERPRETER("no interpreter available");

    private final String words;

    CanaryOutcome(String words) {
        this.words = words;
    }

    /** The {@code result} label of {@code line_canary_runs_total}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String words() {
        return words;
    }
}
