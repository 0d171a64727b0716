package org.interpreterline.platform.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Credentials for the admin API and the supervisors' pages (HTTP Basic). Blank locally: a password is then
 * generated and printed to the console at start-up; the {@code production} profile refuses to start without both.
 * Two more people may be given credentials of their own, each with less power: a supervisor reads everything the
 * administrator reads and changes nothing but cancel a request; an auditor reads only the audit trail ({@code GET /api/audit}), which
 * nobody else may read.
 *
 * @param failedLoginsPerMinute wrong passwords one client address may try per minute; past them it gets 429
 *                              without its password being checked
 * @param supervisor            read-only credentials, none when blank
 * @param auditor               credentials for the audit trail only, none when blank
 */
@Validated
@ConfigurationProperties("line.admin")
public record AdminProperties(String user, String password,
        @DefaultValue("5") @Min(1) @Max(600) int failedLoginsPerMinute,
        @Valid @DefaultValue Credentials supervisor,
        @Valid @DefaultValue Credentials auditor) {

    public boolean configured() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }

    @AssertTrue(message = "the administrator, the supervisor and the auditor need user names of their own")
    public boolean isEachUserOwnName() {
        String admin = user == null || user.isBlank() ? AdminAccess.DEFAULT_USER : user;
        Stream<String> others = Stream.of(supervisor, auditor).filter(Credentials::given).map(Credentials::user);
        return others.distinct().filter(name -> !name.equals(admin)).count()
                == Stream.of(supervisor, auditor).filter(Credentials::given).count();
    }

    /** One person's user name and password; both blank when nobody has the role. */
    public record Credentials(String user, String password) {

        boolean given() {
            return user != null && !user.isBlank();
        }

        @AssertTrue(message = "a user name needs a password, and a password a user name")
        public boolean isComplete() {
            return given() == (password != null && !password.isBlank());
        }
    }
}
