package org.interpreterline.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * The base image the container tests build the line's images on, in place of the production base
 * ({@code eclipse-temurin:21-jre}) that no registry here can serve: a minimal Debian (debootstrap's minbase) and a
 * jlinked runtime of the JDK that runs the build, in {@code /opt/java} as in the Temurin images.
 *
 * <p>Building it takes a minute or two, so it is kept: in podman's store as {@code
 * localhost/interpreter-line/test-base:<key>} and as a docker archive (what Jib's {@code tar://} base reads) in
 * {@code ~/.cache/interpreter-line/}. The key is a hash of everything it is made of (this recipe, the JDK's release,
 * the modules), so a new JDK or a changed recipe builds a new one and a fresh machine always builds it.
 */
final class TestBaseImage {

    /** Change it when the recipe below changes: a new key builds a new base. */
    private static final String RECIPE = "debian bookworm minbase, trimmed; jlink strip-debug zip-6; v1";
    private static final String SUITE = "bookworm";
    /** What a Spring Boot service with Kafka needs, generously: java.desktop for java.beans, the JMX and JFR tools
     *  an operator reaches for, jdk.security.auth for Kafka's login modules, every charset and the crypto providers. */
    static final List<String> MODULES = List.of("java.base", "java.compiler", "java.desktop", "java.instrument",
            "java.logging", "java.management", "java.management.rmi", "java.naming", "java.net.http", "java.prefs",
            "java.rmi", "java.scripting", "java.security.jgss", "java.security.sasl", "java.sql", "java.transaction.xa",
            "java.xml", "java.xml.crypto", "jdk.charsets", "jdk.crypto.cryptoki", "jdk.crypto.ec", "jdk.jcmd", "jdk.jfr",
            "jdk.localedata", "jdk.management", "jdk.management.agent", "jdk.management.jfr", "jdk.naming.dns",
            "jdk.net", "jdk.security.auth", "jdk.security.jgss", "jdk.unsupported", "jdk.zipfs");
    private static final String REPOSITORY = "localhost/interpreter-line/test-base";

    private final String image;
    private final Path archive;
    private final boolean built;

    private TestBaseImage(String image, Path archive, boolean built) {
        this.image = image;
        this.archive = archive;
        this.built = built;
    }

    /** The base as it is cached, or built now. */
    static TestBaseImage ensure(Podman podman) {
        Path jdk = Path.of(System.getProperty("java.home"));
        String key = key(jdk);
        String image = REPOSITORY + ":" + key;
        Path cache = cacheDir();
        Path archive = cache.resolve("test-base-" + key + ".tar");
        if (Files.isRegularFile(archive) && podman.imageExists(image)) {
            return new TestBaseImage(image, archive, false);
        }
        if (Files.isRegularFile(archive)) { // podman's store was emptied: the archive has it all
            podman.run("load", "-q", "-i", archive.toString());
            return new TestBaseImage(image, archive, false);
        }
        forgetOlderBases(podman, cache);
        build(podman, jdk, image, archive);
        return new TestBaseImage(image, archive, true);
    }

    private static void build(Podman podman, Path jdk, String image, Path archive) {
        Path work = null;
        try {
            Files.createDirectories(archive.getParent());
            work = Files.createTempDirectory(archive.getParent(), "building-");
            Path rootfs = work.resolve("rootfs");
            // the distribution's default mirror, as apt on this machine uses it
            ExternalCommand.succeed(List.of(InstalledTool.DEBOOTSTRAP.path().toString(), "--variant=minbase", SUITE,
                    rootfs.toString()), Map.of(), Duration.ofMinutes(8));
            for (String unused : List.of("usr/share/doc", "usr/share/man", "usr/share/info", "usr/share/locale",
                    "var/cache/apt/archives", "var/lib/apt/lists")) {
                FileSystemUtils.deleteRecursively(rootfs.resolve(unused));
            }
            ExternalCommand.succeed(List.of(jdk.resolve("bin/jlink").toString(), "--add-modules", String.join(",", MODULES),
                    "--strip-debug", "--no-man-pages", "--no-header-files", "--compress=zip-6",
                    "--output", rootfs.resolve("opt/java").toString()), Map.of(), Duration.ofMinutes(5));
            Path tar = work.resolve("rootfs.tar");
            ExternalCommand.succeed(List.of("tar", "-C", rootfs.toString(), "-cf", tar.toString(), "."), Map.of(),
                    Duration.ofMinutes(5));
            podman.run(Duration.ofMinutes(5), List.of("import",
                    "--change", "ENV JAVA_HOME=/opt/java",
                    "--change", "ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    tar.toString(), image));
            Path partial = work.resolve("archive.tar");
            podman.run(Duration.ofMinutes(5), List.of("save", "--format", "docker-archive", "-o", partial.toString(), image));
            Files.move(partial, archive); // only a complete archive ever counts as cached
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                try {
                    FileSystemUtils.deleteRecursively(work);
                } catch (IOException e) {
                    // a leftover under the cache folder is removed with the next build
                }
            }
        }
    }

    /** Bases of earlier recipes or JDKs: nothing uses them any more, and each is some 150 MB. */
    private static void forgetOlderBases(Podman podman, Path cache) {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> files = Files.list(cache)) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith("test-base-")
                    || f.getFileName().toString().startsWith("building-")).toList()) {
                FileSystemUtils.deleteRecursively(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String older = podman.run("images", "--filter", "reference=" + REPOSITORY, "--format", "{{.Repository}}:{{.Tag}}");
        older.lines().filter(line -> !line.isBlank())
                .forEach(image -> podman.attempt(Duration.ofMinutes(1), List.of("rmi", image)));
    }

    private static String key(Path jdk) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(RECIPE.getBytes(StandardCharsets.UTF_8));
            sha.update(String.join(",", MODULES).getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(jdk.resolve("release")));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path cacheDir() {
        return Path.of(System.getProperty("line.image-cache",
                System.getProperty("user.home") + "/.cache/interpreter-line"));
    }

    /** The image, in podman's store. */
    String image() {
        return image;
    }

    /** A docker archive of it: Jib's base as {@code tar://} + this path. */
    Path archive() {
        return archive;
    }

    /** Whether this run built it (rather than finding it cached). */
    boolean built() {
        return built;
    }
}
