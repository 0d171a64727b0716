package org.interpreterline.platform.admin;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.interpreterline.platform.rosters.LineRosters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may reach what, for everything that is not a Twilio webhook (those have their own chain, see
 * {@link org.interpreterline.platform.twilio.TwilioWebhooks}): health says its status to anyone (details to the
 * administrator); on a separate management port ({@code MANAGEMENT_SERVER_PORT}, kept off the public side) the
 * actuator is open; everything else needs credentials, checked by {@link AdminLogin}, of a {@link Role} that may do
 * it; and a state-changing request must show it is not a cross-site form ({@link CrossSiteWriteGuard}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
public class AdminAccess {

    private static final Logger log = LoggerFactory.getLogger(AdminAccess.class);
    static final String DEFAULT_USER = "admin";
    /** The audit trail's reader, {@code GET /api/audit}. */
    public static final String AUDIT_TRAIL = "/api/audit";
    /** The one change a supervisor may make: cancel a request that is not yet connected (dispatch-service). */
    public static final String SUPERVISOR_CANCEL = "/api/requests/{request}/cancel";
    /**
     * What a roster's supervisor may read (dispatch-service), each answered for their roster only: the history and a
     * request, the board and its figures, the minutes report. Anything else is refused, whatever new paths appear.
     */
    public static final List<String> ROSTER_SUPERVISOR_READS = List.of("/api/requests", "/api/requests/{request}",
            "/board", "/board/figures", "/board/events", "/api/reports/minutes");

    @Bean
    SecurityFilterChain lineSecurity(HttpSecurity http, AuthenticationManager adminAuthentication,
            Environment environment) throws Exception {
        boolean managementPortApart = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        AdminEntryPoint entryPoint = new AdminEntryPoint();
        http.authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/error").permitAll();
                    auth.requestMatchers(EndpointRequest.to("health")).permitAll();
                    if (managementPortApart) {
                        // matches on the management port only: there the actuator is all there is
                        auth.requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll();
                    }
                    // the audit trail is the auditor's alone: whoever it records does not read it
                    auth.requestMatchers(AUDIT_TRAIL, AUDIT_TRAIL + "/**").hasRole(Role.AUDITOR.name());
                    auth.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMINISTRATOR.name());
                    auth.requestMatchers(HttpMethod.POST, SUPERVISOR_CANCEL).hasAnyRole(Role.ADMINISTRATOR.name(),
                            Role.SUPERVISOR.name());
                    auth.requestMatchers(HttpMethod.GET, ROSTER_SUPERVISOR_READS.toArray(String[]::new)).hasAnyRole(
                            Role.ADMINISTRATOR.name(), Role.SUPERVISOR.name(), Role.ROSTER_SUPERVISOR.name());
                    auth.requestMatchers(HttpMethod.GET).hasAnyRole(Role.ADMINISTRATOR.name(),
                            Role.SUPERVISOR.name());
                    auth.requestMatchers(HttpMethod.HEAD).hasAnyRole(Role.ADMINISTRATOR.name(),
                            Role.SUPERVISOR.name());
                    auth.anyRequest().hasRole(Role.ADMINISTRATOR.name());
                })
                .authenticationManager(adminAuthentication)
                .httpBasic(basic -> basic.realmName(AdminEntryPoint.REALM).authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new RoleRefusal()))
                // before the password check: a refused cross-site write costs no hash
                .addFilterBefore(new CrossSiteWriteGuard(), BasicAuthenticationFilter.class)
                // HTTP Basic on every request, no session: the cookie-borne CSRF token has nothing to protect;
                // CrossSiteWriteGuard covers the browser that remembers Basic credentials
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Also keeps Spring Boot from making a user of its own. */
    @Bean
    AuthenticationManager adminAuthentication(AdminProperties admin, ObjectProvider<PasswordEncoder> encoder,
            ObjectProvider<LineRosters> lineRosters) {
        PasswordEncoder passwords = encoder.getIfAvailable(PasswordEncoderFactories::createDelegatingPasswordEncoder);
        String user = admin.user() == null || admin.user().isBlank() ? DEFAULT_USER : admin.user();
        String password = admin.configured() ? admin.password() : generatedPassword(user);
        InMemoryUserDetailsManager admins = new InMemoryUserDetailsManager(
                User.withUsername(user).password(passwords.encode(password)).roles(Role.ADMINISTRATOR.name()).build());
        for (Role role : List.of(Role.SUPERVISOR, Role.AUDITOR)) {
            AdminProperties.Credentials person = role == Role.SUPERVISOR ? admin.supervisor() : admin.auditor();
            if (person.given()) {
                admins.createUser(User.withUsername(person.user()).password(passwords.encode(person.password()))
                        .roles(role.name()).build());
                log.info("Admin API: '{}' may sign in as the {}", person.user(), role.name().toLowerCase());
            }
        }
        LineRosters rosters = lineRosters.getIfAvailable();
        admin.rosterSupervisors().forEach((roster, person) -> {
            if (rosters != null && !rosters.serves(roster)) {
                // a supervisor of a roster the line does not serve is a typo that would leave them seeing nothing
                throw new IllegalStateException("line.admin.roster-supervisors: '" + roster
                        + "' is not a roster of this line (it serves " + String.join(", ", rosters.all()) + ")");
            }
            if (person.given()) {
                admins.createUser(User.withUsername(person.user()).password(passwords.encode(person.password()))
                        .authorities("ROLE_" + Role.ROSTER_SUPERVISOR.name(), Role.ROSTER_AUTHORITY + roster).build());
                log.info("Admin API: '{}' may sign in as the supervisor of roster {}", person.user(), roster);
            }
        });
        return new ProviderManager(new AdminLogin(admins, passwords, new LoginThrottle(admin.failedLoginsPerMinute())));
    }

    /**
     * For a local run without ADMIN_USER/ADMIN_PASSWORD (the production profile refuses to start without them):
     * shown once on the console, never written to the log.
     */
    private static String generatedPassword(String user) {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        log.warn("ADMIN_USER/ADMIN_PASSWORD not set: the admin API's user is '{}' with a password generated for this"
                + " run, printed on the console (not logged)", user);
        System.out.println("Admin API (HTTP Basic) for this run: user '" + user + "', password " + password);
        return password;
    }
}
