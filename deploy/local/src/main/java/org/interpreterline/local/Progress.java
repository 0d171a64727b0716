package org.interpreterline.local;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** What the person who typed {@code ./run-local} sees while the line starts and stops: one short line a step. */
final class Progress {

    private final PrintStream out;
    private final Instant began;

    Progress(PrintStream out, Instant began) {
        this.out = out;
        this.began = began;
    }

    void say(String text) {
        out.println(text);
        out.flush();
    }

    /** "  [ 12.3 s] Kafka ready": each step with the time since ./run-local was typed. */
    void step(String what) {
        say(String.format("  [%5.1f s] %s", sinceBeginning().toMillis() / 1000.0, what));
    }

    Duration sinceBeginning() {
        return Duration.between(began, Instant.now());
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
