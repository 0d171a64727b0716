package org.interpreterline.platform.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credentials for the admin API and the supervisors' pages (HTTP Basic). Blank locally: a password is then
 * generated and printed at start-up; the {@code production} profile refuses to start without both.
 */
@ConfigurationProperties("line.admin")
public record AdminProperties(String user, String password) {

    public boolean configured() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
}
