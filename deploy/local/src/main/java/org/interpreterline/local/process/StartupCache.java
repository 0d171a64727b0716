package org.interpreterline.local.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Makes the second start of a JVM cheaper than the first: a Spring Boot jar is unpacked once (a JVM reads plain
 * jars faster than jars nested in a jar), and each JVM keeps a class-data archive (CDS) that the JDK writes when it
 * exits and maps at the next start. Roughly halves the CPU a service needs to start, which on a laptop running
 * five JVMs at once is most of the waiting. Everything here is a cache: deleting it costs one slower start.
 */
public final class StartupCache {

    private final Path dir;
    private final Set<String> writing = ConcurrentHashMap.newKeySet();

    public StartupCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The jar to run: the unpacked copy of {@code bootJar}, made again whenever {@code bootJar} changed; the jar
     * itself if it cannot be unpacked.
     */
    public Path unpacked(String name, Path bootJar) throws IOException, InterruptedException {
        Path target = dir.resolve(name);
        Path stamp = target.resolve("unpacked-from");
        String source = bootJar.toAbsolutePath() + " " + Files.size(bootJar) + " " + Files.getLastModifiedTime(bootJar);
        Path unpacked = target.resolve(bootJar.getFileName());
        if (Files.exists(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(source) && Files.exists(unpacked)) {
            return unpacked;
        }
        // --force overwrites; a library an older build had and this one dropped stays behind, unused: the unpacked
        // jar's manifest lists the libraries it runs with
        Files.createDirectories(target);
        Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", bootJar.toAbsolutePath().toString(), "extract", "--destination",
                target.toAbsolutePath().toString(), "--force")
                .redirectErrorStream(true).redirectOutput(target.resolve("unpack.log").toFile()).start();
        if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0 || !Files.exists(unpacked)) {
            extract.destroyForcibly();
            return bootJar;
        }
        Files.writeString(stamp, source, StandardCharsets.UTF_8);
        return unpacked;
    }

    /**
     * JVM options that use, or at exit create, the class-data archive of {@code name}.
     *
     * @param runsFrom the jar the JVM runs: an archive older than it is written again
     */
    public List<String> archiveOptions(String name, Path runsFrom) throws IOException {
        Files.createDirectories(dir);
        Path archive = dir.resolve(name + ".jsa");
        if (!Files.exists(archive) || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(runsFrom)) < 0) {
            writing.add(name);
        }
        return List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-XX:+AutoCreateSharedArchive",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** Some JVM will write its archive when it stops, which makes that stop a few seconds longer. */
    public boolean writesArchivesOnExit() {
        return !writing.isEmpty();
    }
}
