package org.interpreterline.testkit;

/** A broker started for one test class and stopped by it. */
public final class IsolatedBroker implements TestBroker, AutoCloseable {

    private final TestBroker broker;

    IsolatedBroker(TestBroker broker) {
        this.broker = broker;
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String description() {
        return broker.description();
    }

    @Override
    public void close() throws Exception {
        if (broker instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
