package org.interpreterline.platform.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Credentials for the admin API and the supervisors' pages (HTTP Basic). Blank locally: a password is then
 * generated and printed to the console at start-up; the {@code production} profile refuses to start without both.
 *
 * @param failedLoginsPerMinute wrong passwords one client address may try per minute; past them it gets 429
 *                              without its password being checked
 */
@Validated
@ConfigurationProperties("line.admin")
public record AdminProperties(String user, String password,
        @DefaultValue("5") @Min(1) @Max(600) int failedLoginsPerMinute) {

    public boolean configured() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
}
