package org.interpreterline.local.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordIsGeneratedOnceAndKeptForTheNextRun() throws Exception {
        Path file = dir.resolve("admin-password");

        AdminCredentials first = AdminCredentials.resolve(Map.of(), file);
        AdminCredentials second = AdminCredentials.resolve(Map.of(), file);

        assertThat(first.user()).isEqualTo("admin");
        assertThat(first.password()).hasSize(24).isEqualTo(second.password());
        assertThat(first.fromEnvironment()).isFalse();
        assertThat(Files.readString(file).strip()).isEqualTo(first.password());
    }

    @Test
    void theOperatorsOwnCredentialsWinAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("admin-password");

        AdminCredentials credentials = AdminCredentials.resolve(Map.of("ADMIN_USER", "sup", "ADMIN_PASSWORD", "pw"), file);

        assertThat(credentials).isEqualTo(new AdminCredentials("sup", "pw", true));
        assertThat(file).doesNotExist();
    }
}
