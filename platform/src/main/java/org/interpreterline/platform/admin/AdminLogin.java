package org.interpreterline.platform.admin;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks an admin login without letting logins cost the line its webhooks. A password check is a bcrypt hash
 * (100-200 ms of CPU, for unknown users too): a credential verified a moment ago is not hashed again; an address
 * with no tries left is refused before any hashing; and one hash runs at a time, so that on a two-core machine a
 * flood of logins never takes the core the webhooks run on.
 */
final class AdminLogin implements AuthenticationProvider {

    /** How long a login waits for the hashing slot before it is told to come back. */
    static final Duration HASHING_WAIT = Duration.ofSeconds(2);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified = new VerifiedCredentials();
    private final Bulkhead hashing = Bulkhead.of("admin-password-hashing", BulkheadConfig.custom()
            .maxConcurrentCalls(1)
            .maxWaitDuration(HASHING_WAIT)
            .build());

    AdminLogin(UserDetailsService admins, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(admins);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String user = login.getName();
        String password = String.valueOf(login.getCredentials());
        Authentication known = verified.find(user, password);
        if (known != null) {
            return known;
        }
        String address = login.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        refuseIfThrottled(address);
        Authentication authenticated;
        try {
            authenticated = hashing.executeSupplier(() -> {
                // asked again once it is this login's turn: the same login may have been verified meanwhile, and
                // wrong passwords queued behind each other count
                Authentication meanwhile = verified.find(user, password);
                if (meanwhile != null) {
                    return meanwhile;
                }
                refuseIfThrottled(address);
                try {
                    return passwords.authenticate(login);
                } catch (BadCredentialsException wrong) {
                    throttle.failed(address);
                    throw wrong;
                }
            });
        } catch (BulkheadFullException e) {
            throw new LoginThrottled("busy checking other logins", Duration.ofSeconds(1));
        }
        verified.remember(user, password, authenticated);
        return authenticated;
    }

    private void refuseIfThrottled(String address) {
        Optional<Duration> wait = throttle.refusal(address);
        if (wait.isPresent()) {
            throw new LoginThrottled("too many failed logins from " + address, wait.get());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
