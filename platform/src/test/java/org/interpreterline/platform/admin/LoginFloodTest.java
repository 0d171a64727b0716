package org.interpreterline.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.interpreterline.platform.testapp.GuardedService;
import org.interpreterline.platform.testapp.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password check costs a hash (bcrypt: 100-200 ms of CPU). A burst of wrong passwords from one address is
 * answered 429 after a few, without a hash each; a correct credential repeated is hashed once.
 */
class LoginFloodTest {

    /** Counts the password checks (hashes) the service makes. */
    static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger checks = new AtomicInteger();
        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Counted {

        static final CountingEncoder ENCODER = new CountingEncoder();

        @Bean
        PasswordEncoder countingEncoder() {
            return ENCODER;
        }
    }

    private ConfigurableApplicationContext service;

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aBurstOfWrongPasswordsFromOneAddressIsTurnedAwayWithoutAHashEach() throws Exception {
        // one wrong password a minute: the burst is over long before the next one is due, however slow the machine
        service = GuardedService.start(List.of(Counted.class), "line.admin.failed-logins-per-minute=1");
        int port = GuardedService.port(service);
        InetAddress attacker = InetAddress.getByName("127.0.0.7");
        int checksBefore = Counted.ENCODER.checks.get();

        List<RawHttp.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(RawHttp.send(attacker, port, "GET", "/api/things",
                    Map.of("Authorization", GuardedService.basic(GuardedService.ADMIN_USER, "guess-" + i)), null));
        }

        List<Integer> statuses = answers.stream().map(RawHttp.Answer::status).toList();
        assertThat(statuses).as("statuses").containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 429).count()).as("turned away").isGreaterThanOrEqualTo(28);
        RawHttp.Answer throttled = answers.getLast();
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
        assertThat(Counted.ENCODER.checks.get() - checksBefore).as("password hashes").isLessThanOrEqualTo(2);

        // the real password from another address is let in: the flood is that address's problem
        RawHttp.Answer admin = RawHttp.send(InetAddress.getByName("127.0.0.8"), port, "GET", "/api/things",
                Map.of("Authorization", GuardedService.admin()), null);
        assertThat(admin.status()).isEqualTo(200);
        // and an unknown user is no way around it
        RawHttp.Answer unknown = RawHttp.send(attacker, port, "GET", "/api/things",
                Map.of("Authorization", GuardedService.basic("nobody", "x")), null);
        assertThat(unknown.status()).isEqualTo(429);
    }

    @Test
    void aCorrectCredentialRepeatedWithinAMomentIsHashedOnce() throws Exception {
        service = GuardedService.start(List.of(Counted.class));
        int port = GuardedService.port(service);
        int checksBefore = Counted.ENCODER.checks.get();

        for (int i = 0; i < 10; i++) {
            RawHttp.Answer answer = RawHttp.send(null, port, "GET", "/api/things",
                    Map.of("Authorization", GuardedService.admin()), null);
            assertThat(answer.status()).isEqualTo(200);
        }

        assertThat(Counted.ENCODER.checks.get() - checksBefore).isEqualTo(1);
    }

    @Test
    void anAdministratorsToolsLoggingInAtOnceAreNeverTakenForAGuesser() throws Exception {
        // found starting the line: a launcher seeding the roster while probing health opened several connections
        // with the right password at once, and each took a try of the one-a-minute allowance before the first check
        service = GuardedService.start(List.of(Counted.class), "line.admin.failed-logins-per-minute=1");
        int port = GuardedService.port(service);
        InetAddress tools = InetAddress.getByName("127.0.0.9");
        int checksBefore = Counted.ENCODER.checks.get();

        List<java.util.concurrent.Future<RawHttp.Answer>> logins = new ArrayList<>();
        try (var together = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                logins.add(together.submit(() -> RawHttp.send(tools, port, "GET", "/api/things",
                        Map.of("Authorization", GuardedService.admin()), null)));
            }
        }

        for (var login : logins) {
            assertThat(login.get().status()).as("a right password").isEqualTo(200);
        }
        assertThat(Counted.ENCODER.checks.get() - checksBefore).as("password hashes").isLessThan(8);
    }
}
