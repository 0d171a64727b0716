package org.interpreterline.local;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The folder a local line keeps between runs (git-ignored {@code .local/}): the broker's data (which holds the
 * roster and the request history), the services' state caches, logs, and the admin password.
 */
public record LocalData(Path root) {

    public Path kafka() {
        return root.resolve("kafka");
    }

    /** The data of a cluster of brokers (--brokers): apart from the single broker's, a cluster of its own. */
    public Path kafkaCluster() {
        return root.resolve("kafka-cluster");
    }

    public Path state(String service) {
        return root.resolve("state").resolve(service);
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path adminPassword() {
        return root.resolve("admin-password");
    }

    /** Present once the demo roster was seeded: it is seeded once, not at every start. */
    public Path demoSeeded() {
        return root.resolve("demo-seeded");
    }

    /** Unpacked jars and class-data archives: a cache that --fresh keeps (it is not data). */
    public Path startupCache() {
        return root.resolve("cache");
    }

    public Path children() {
        return root.resolve("run").resolve("children");
    }

    public Path lock() {
        return root.resolve("run").resolve("lock");
    }

    /** Forgets everything but the admin password (whoever wrote it down can keep using it) and the lock. */
    public void wipe() throws IOException {
        for (Path kept : new Path[] {kafka(), kafkaCluster(), root.resolve("state"), logs(), demoSeeded()}) {
            deleteRecursively(kept);
        }
    }

    /** Moves each log aside as {@code *.previous.log}, so the logs describe this run and the one before. */
    public void rotateLogs() throws IOException {
        if (!Files.isDirectory(logs())) {
            return;
        }
        try (var files = Files.list(logs())) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log") && !f.toString().endsWith(".previous.log")).toList()) {
                String name = log.getFileName().toString();
                Files.move(log, log.resolveSibling(name.substring(0, name.length() - 4) + ".previous.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
