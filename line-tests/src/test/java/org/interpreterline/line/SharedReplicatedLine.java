package org.interpreterline.line;

import java.util.Map;
import org.interpreterline.local.process.ServiceProcess;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One line with no single point of failure (three brokers, two instances of each service behind HAProxy) for the
 * classes that need one: {@code @ExtendWith(SharedReplicatedLine.class)} and the line as a parameter of their
 * {@code @BeforeAll}. Such a line is nine JVMs and HAProxy and takes 60–90 s to start and stop here; two classes each
 * starting their own cost CI about that much again. Between classes the line is left as a new one ({@link
 * SharedLine#leaveAsNew}). A class that kills instances and leaves them dead closes the line when it ends, so it runs
 * after the others ({@code @Order}; junit-platform.properties orders classes by it).
 */
final class SharedReplicatedLine implements ParameterResolver, AfterAllCallback {

    static final String NAME = "replicated";
    /**
     * What the sharing classes need between them: a short wrap-up (an interpreter offered again soon after a kill),
     * and waiting requests that neither escalate nor time out while a class asks both instances about them.
     */
    static final Map<String, String> ENV = Map.of("LINE_WRAP_UP", "1s", "LINE_ESCALATE_AFTER", "30m",
            "LINE_ESCALATE_AFTER_EMERGENCY", "30m");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SharedReplicatedLine.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ReplicatedLine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ReplicatedLine.class,
                key -> {
                    try {
                        return ReplicatedLine.start(NAME, 3, 2, ENV);
                    } catch (Exception e) {
                        throw new IllegalStateException("the shared replicated line did not start", e);
                    }
                }, ReplicatedLine.class);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        ReplicatedLine line = store.get(ReplicatedLine.class, ReplicatedLine.class);
        if (line == null) {
            return;
        }
        boolean whole = ReplicatedLine.SERVICES.stream().flatMap(s -> line.instances(s).stream())
                .allMatch(ServiceProcess::alive);
        if (whole) {
            SharedLine.leaveAsNew(line.dispatchAdmin, line.rosterAdmin);
        } else {
            // instances killed and left dead: a class after this one gets a new line rather than this one's remains
            store.remove(ReplicatedLine.class, ReplicatedLine.class);
            line.close();
        }
    }
}
