package org.interpreterline.simulator.support;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The simulator's background threads: one virtual thread per call leg, per SMS delivery, per callback queue.
 * Shutting the context down interrupts them all, so a stopped simulator leaves no call running in the JVM.
 */
@Component
public class Workers implements DisposableBean {

    private final ExecutorService executor;

    public Workers() {
        ThreadFactory factory = Thread.ofVirtual().name("sim-", 0).factory();
        this.executor = Executors.newThreadPerTaskExecutor(factory);
    }

    public void start(Runnable task) {
        executor.execute(task);
    }

    public SerialExecutor serial() {
        return new SerialExecutor(executor);
    }

    public ExecutorService executor() {
        return executor;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
