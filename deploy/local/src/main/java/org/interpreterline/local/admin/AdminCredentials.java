package org.interpreterline.local.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The admin API's user and password for every service of a local line: ADMIN_USER / ADMIN_PASSWORD when both are
 * set, otherwise user "admin" and a password generated on the first start and kept in the data folder, so it
 * stays the same from one run to the next.
 *
 * @param fromEnvironment the operator chose them (the launcher then never prints the password)
 */
public record AdminCredentials(String user, String password, boolean fromEnvironment) {

    public static AdminCredentials resolve(Map<String, String> env, Path passwordFile) throws IOException {
        String user = env.getOrDefault("ADMIN_USER", "");
        String password = env.getOrDefault("ADMIN_PASSWORD", "");
        if (!user.isBlank() && !password.isBlank()) {
            return new AdminCredentials(user, password, true);
        }
        return new AdminCredentials(user.isBlank() ? "admin" : user, kept(passwordFile), false);
    }

    private static String kept(Path file) throws IOException {
        if (Files.exists(file)) {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions have to do
        }
        return password;
    }
}
