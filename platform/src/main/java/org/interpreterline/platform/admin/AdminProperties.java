package org.interpreterline.platform.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
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
 * @param rosterSupervisors     where the line serves several agencies' rosters: read-only credentials limited to one
 *                              roster, by roster id ({@code LINE_ADMIN_ROSTERSUPERVISORS_<ROSTER>_USER} and
 *                              {@code _PASSWORD}); such a supervisor reads that roster's requests, board and minutes
 *                              and nothing else
 */
@Validated
@ConfigurationProperties("line.admin")
public record AdminProperties(String user, String password,
        @DefaultValue("5") @Min(1) @Max(600) int failedLoginsPerMinute,
        @Valid @DefaultValue Credentials supervisor,
        @Valid @DefaultValue Credentials auditor,
        Map<String, @Valid Credentials> rosterSupervisors) {

    public AdminProperties {
        rosterSupervisors = rosterSupervisors == null ? Map.of() : Map.copyOf(rosterSupervisors);
    }


    public boolean configured() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }

    @AssertTrue(message = "the administrator, the supervisors and the auditor need user names of their own")
    public boolean isEachUserOwnName() {
        String admin = user == null || user.isBlank() ? AdminAccess.DEFAULT_USER : user;
        List<Credentials> people = Stream.concat(Stream.of(supervisor, auditor), rosterSupervisors.values().stream())
                .filter(Credentials::given).toList();
        return people.stream().map(Credentials::user).distinct().filter(name -> !name.equals(admin)).count()
                == people.size();
    }

    /** One person's user name and password; both blank when nobody has the role. */
    public record Credentials(String user, String password) {

        public boolean given() {
            return user != null && !user.isBlank();
        }

        @AssertTrue(message = "a user name needs a password, and a password a user name")
        public boolean isComplete() {
            return given() == (password != null && !password.isBlank());
        }
    }
}
