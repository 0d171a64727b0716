package org.interpreterline.line;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A program the container tests run to completion (podman, debootstrap, jlink, Maven), its output kept. */
final class ExternalCommand {

    /** @param output what it wrote to standard output; {@code errors} to standard error */
    record Result(int exitCode, String output, String errors) {

        /** Both, for a message that says why it failed. */
        String all() {
            return errors.isBlank() ? output : output + errors;
        }
    }

    private ExternalCommand() {
    }

    /** Runs the command with {@code env} added to this JVM's environment. */
    static Result run(List<String> command, Map<String, String> env, Duration patience) {
        try {
            Path output = Files.createTempFile("line-command-", ".out");
            Path errors = Files.createTempFile("line-command-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile())
                        .redirectError(errors.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().putAll(env);
                Process process = builder.start();
                if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + patience
                            + ": " + Files.readString(output, StandardCharsets.UTF_8)
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                        Files.readString(errors, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the command and insists that it succeeds; its output. */
    static String succeed(List<String> command, Map<String, String> env, Duration patience) {
        Result result = run(command, env, patience);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + result.exitCode() + ": "
                    + tail(result.all()));
        }
        return result.output();
    }

    /** The last lines of a long output: what says why a build failed. */
    static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
