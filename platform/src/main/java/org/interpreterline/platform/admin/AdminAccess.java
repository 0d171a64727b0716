package org.interpreterline.platform.admin;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what: Twilio webhooks are open to the network but signature-checked by the webhook guard;
 * health and metrics are open for probes and Prometheus; everything else needs the admin credentials.
 */
@Configuration(proxyBeanMethods = false)
public class AdminAccess {

    private static final Logger log = LoggerFactory.getLogger(AdminAccess.class);

    @Bean
    SecurityFilterChain lineSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/twilio/**", "/actuator/health/**", "/actuator/health",
                                "/actuator/prometheus", "/actuator/info", "/error").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                // machines call these endpoints (Twilio, CAD systems, scripts): no browser session, no CSRF token
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    UserDetailsService admins(AdminProperties admin, Environment environment) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String user = admin.user() == null || admin.user().isBlank() ? "admin" : admin.user();
        String password = admin.password();
        if (!admin.configured()) {
            if (Arrays.asList(environment.getActiveProfiles()).contains("production")) {
                throw new IllegalStateException(
                        "ADMIN_USER and ADMIN_PASSWORD must be set in production: the admin API would be unprotected");
            }
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = HexFormat.of().formatHex(random);
            log.warn("ADMIN_USER/ADMIN_PASSWORD not set: admin API user '{}' with generated password {}", user,
                    password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(user).password(encoder.encode(password))
                .roles("ADMIN").build());
    }
}
