package org.interpreterline.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The line's images made the way an operator makes them, {@code ./mvnw -Pimages package} (Jib), with only the base
 * swapped for the test base; then loaded into podman. The tests run this build themselves so that a plain
 * {@code ./mvnw verify} builds no image where no test can run one.
 */
final class LineImages {

    static final List<String> MODULES = List.of("twilio-simulator", "dispatch-service", "interpreter-roster",
            "notification-service");
    /** The tag the tests build: never the project version an operator may have built and loaded. */
    static final String TAG = "container-test";

    private LineImages() {
    }

    /** Builds the four images on {@code base} and loads them; the build's output goes to {@code log}. */
    static void build(Podman podman, TestBaseImage base, Path log) {
        Path root = projectRoot();
        ExternalCommand.Result build = ExternalCommand.run(List.of(root.resolve("mvnw").toString(),
                "-f", root.resolve("pom.xml").toString(), "-B", "-ntp", "-Pimages", "-pl", String.join(",", MODULES), "-am",
                "-Dmaven.test.skip=true",
                "-Dimage.base=tar://" + base.archive(), "-Dimage.tag=" + TAG, "package"),
                Map.of(), Duration.ofMinutes(10));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, build.all(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (build.exitCode() != 0) {
            throw new IllegalStateException("./mvnw -Pimages package failed (" + log.toAbsolutePath() + "):\n"
                    + ExternalCommand.tail(build.all()));
        }
        for (String module : MODULES) {
            Path tar = root.resolve(module).resolve("target/jib-image.tar");
            String previous = podman.run("images", "-q", image(module));
            podman.run(Duration.ofMinutes(5), List.of("load", "-q", "-i", tar.toString()));
            String loaded = podman.run("images", "-q", image(module));
            if (!previous.isEmpty() && !previous.equals(loaded)) {
                // the earlier run's image, now untagged: only its own top layers, but they add up run after run
                podman.attempt(Duration.ofMinutes(1), List.of("rmi", previous));
            }
        }
    }

    /** How podman names a module's image once loaded (the build's image.registry, under podman's localhost/). */
    static String image(String module) {
        return "localhost/interpreter-line/" + module + ":" + TAG;
    }

    static Path projectRoot() {
        Path root = Path.of(System.getProperty("line.project-root", "..")).toAbsolutePath().normalize();
        if (!Files.isExecutable(root.resolve("mvnw"))) {
            throw new IllegalStateException("No mvnw in " + root + ": the container tests run from line-tests/");
        }
        return root;
    }
}
