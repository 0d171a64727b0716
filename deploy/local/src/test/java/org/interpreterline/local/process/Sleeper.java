package org.interpreterline.local.process;

/** A child JVM that does nothing for a minute: something for the process tests to start and stop. */
public final class Sleeper {

    private Sleeper() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("sleeping");
        Thread.sleep(60_000);
    }
}
