package org.interpreterline.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * kubectl's built-in kustomize, which renders an overlay exactly as {@code kubectl apply -k} would. Missing on a
 * developer's machine, the tests that need it are skipped with how to install it; missing in CI ({@code CI=true})
 * they fail, so a green build never means "not rendered".
 */
final class Kubectl {

    private Kubectl() {
    }

    /** The rendered objects of a kustomization folder, as one multi-document YAML text. */
    static String kustomize(Path dir) {
        Path kubectl = path();
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString()).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed:\n" + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Path path() {
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        Path found = Stream.concat(Stream.of("/usr/bin", "/usr/local/bin"), Stream.of(pathVariable.split(":")))
                .filter(d -> !d.isBlank())
                .map(d -> Path.of(d, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (found == null) {
            String missing = "kubectl is missing: install kubectl >= 1.27 (the Kubernetes project's apt repository,"
                    + " package kubectl; Debian's kubernetes-client is too old) or put one on PATH";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing + " (CI must render the manifests, not skip them)");
            }
            Assumptions.abort(missing);
        }
        return found;
    }
}
