package org.interpreterline.line;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's podman as the container tests run it: with the engine settings of {@code src/test/containers/containers.conf}
 * (runc, cgroupfs, set ulimits) rather than whatever the machine is configured with, and as root (the tests build
 * their base image with debootstrap, which needs root too).
 */
final class Podman {

    private static final Path CONF = Path.of(System.getProperty("line.containers-conf",
            "src/test/containers/containers.conf")).toAbsolutePath();

    private final Path podman;

    private Podman(Path podman) {
        this.podman = podman;
    }

    /** podman and runc, or the test is skipped (failed when {@code CI=true}) saying what to install. */
    static Podman require() {
        Path podman = InstalledTool.PODMAN.path();
        InstalledTool.RUNC.path();
        if (!"root".equals(System.getProperty("user.name"))) {
            String notRoot = "the container tests run podman and debootstrap as root";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(notRoot + " (CI must run them, not skip them)");
            }
            Assumptions.abort(notRoot);
        }
        return new Podman(podman);
    }

    /** Runs {@code podman args...}; its standard output, trimmed. Fails with what podman said if it fails. */
    String run(String... args) {
        return run(Duration.ofMinutes(5), List.of(args));
    }

    String run(Duration patience, List<String> args) {
        ExternalCommand.Result result = attempt(patience, args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("podman " + String.join(" ", args) + " exited " + result.exitCode()
                    + ": " + result.all());
        }
        return result.output().trim();
    }

    /** Runs {@code podman args...} and reports how it went, without judging. */
    ExternalCommand.Result attempt(Duration patience, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(podman.toString());
        command.addAll(args);
        return ExternalCommand.run(command, java.util.Map.of("CONTAINERS_CONF", CONF.toString()), patience);
    }

    boolean imageExists(String image) {
        return attempt(Duration.ofSeconds(30), List.of("image", "exists", image)).exitCode() == 0;
    }

}
