package org.interpreterline.line;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs the supervision, container and availability tests run, from Debian's packages (.ci/run installs them). Missing on a developer's
 * machine, the tests that need one are skipped with the command that installs it; missing in CI
 * ({@code CI=true}) they fail, so a green build never means "not tested".
 */
enum InstalledTool {
    PROMETHEUS("/usr/bin/prometheus", "prometheus"),
    PROMTOOL("/usr/bin/promtool", "prometheus"),
    CHROMIUM("/usr/bin/chromium", "chromium"),
    CHROMEDRIVER("/usr/bin/chromedriver", "chromium-driver"),
    PODMAN("/usr/bin/podman", "podman"),
    RUNC("/usr/sbin/runc", "runc"),
    DEBOOTSTRAP("/usr/sbin/debootstrap", "debootstrap"),
    DOCKER_COMPOSE("/usr/bin/docker-compose", "docker-compose"),
    AMTOOL("/usr/bin/amtool", "prometheus-alertmanager"),
    HAPROXY("/usr/sbin/haproxy", "haproxy"),
    OPENSSL("/usr/bin/openssl", "openssl");

    private final Path path;
    private final String debianPackage;

    InstalledTool(String path, String debianPackage) {
        this.path = Path.of(path);
        this.debianPackage = debianPackage;
    }

    /** Whether it is there, for what only prepares ahead and must neither skip nor fail anything. */
    boolean installed() {
        return Files.isExecutable(path);
    }

    /** The program's path; skips the test (fails it in CI) when it is not installed. */
    Path path() {
        if (!Files.isExecutable(path)) {
            String missing = path + " is missing: apt-get install -y " + debianPackage;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing + " (CI must run this test, not skip it)");
            }
            Assumptions.abort(missing);
        }
        return path;
    }
}
