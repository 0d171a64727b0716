package org.interpreterline.notification.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TwilioErrandsTest {

    private final TwilioErrands errands = new TwilioErrands(4);
    private final List<String> done = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        errands.close();
    }

    @Test
    void errandsOfOneRequestRunInTheOrderTheyWereHandedIn() {
        CountDownLatch slowDial = new CountDownLatch(1);
        errands.run("r1", "dial", () -> {
            waitFor(slowDial);
            done.add("dial");
        });
        errands.run("r1", "cancel", () -> done.add("cancel"));
        errands.run("r1", "text", () -> done.add("text"));

        slowDial.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> done.size() == 3);
        assertThat(done).containsExactly("dial", "cancel", "text");
    }

    @Test
    void aSlowRequestHoldsUpNoOther() {
        CountDownLatch stuck = new CountDownLatch(1);
        errands.run("r1", "a dial Twilio is slow to take", () -> waitFor(stuck));

        errands.run("r2", "dial", () -> done.add("r2 dialled"));

        await().atMost(Duration.ofSeconds(5)).until(() -> done.contains("r2 dialled"));
        stuck.countDown();
    }

    @Test
    void aFailedErrandDoesNotStopTheNextOfItsRequest() {
        errands.run("r1", "fails", () -> {
            throw new IllegalStateException("Twilio said no");
        });
        errands.run("r1", "next", () -> done.add("next"));

        await().atMost(Duration.ofSeconds(5)).until(() -> done.contains("next"));
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
