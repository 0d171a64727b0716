package org.interpreterline.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.interpreterline.local.process.ChildJvm;

/**
 * {@code ./run-local}: starts the whole line on this machine and keeps it running until Ctrl-C. The script finds a
 * JDK and builds; this does the rest. Exit codes: 0 never (it runs until stopped), 1 when the line could not
 * start or a part of it stopped on its own, 2 for a wrong option, 130 on Ctrl-C.
 */
public final class RunLocal {

    private RunLocal() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(LocalOptions.USAGE);
            return;
        }
        LocalOptions options;
        try {
            options = LocalOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("run-local: " + e.getMessage());
            System.err.print(LocalOptions.USAGE);
            System.exit(2);
            return;
        }
        Progress progress = new Progress(System.out, startedAt());
        progress.say("Starting Interpreter Line (data in " + options.dataDir() + "/)");
        LocalLine line = new LocalLine(options, jarsDir(), System.getenv(), progress);
        Runtime.getRuntime().addShutdownHook(new Thread(line::close, "stop-the-line"));
        try {
            ReadyReport report = line.start();
            report.lines(progress.sinceBeginning()).forEach(progress::say);
        } catch (Exception e) {
            if (!line.stopping()) {
                System.err.println();
                System.err.println("run-local: the line could not start: " + e.getMessage());
            }
            System.exit(1);
        }
        ChildJvm stopped = line.awaitUnexpectedExit();
        System.err.println();
        System.err.println("run-local: " + stopped.name() + " stopped on its own (exit "
                + stopped.exitValue().orElse(-1) + "); see " + stopped.log() + ". Last lines:");
        stopped.logTail(10).forEach(l -> System.err.println("    " + l));
        System.exit(1);
    }

    /** The script passes when it was started, so "started in" includes the JVM start and the build check. */
    private static Instant startedAt() {
        String millis = System.getenv("RUN_LOCAL_STARTED_AT_MS");
        try {
            return millis == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(millis.strip()));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }

    /** The jars the launcher starts sit in {@code jars/} next to its own jar (Maven copies them there). */
    private static Path jarsDir() throws Exception {
        Path own = Path.of(RunLocal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = own.getParent(); // target/local-stack.jar, or target/classes when run from an IDE
        return target.resolve("jars");
    }
}
