package org.interpreterline.line;

import java.util.concurrent.CompletableFuture;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Builds the container tests' base image ({@link TestBaseImage}) on a thread of its own as soon as the run starts, when
 * {@link LineImagesIT} is among the classes to run, so that on a fresh machine its 1–2 minutes (mostly debootstrap
 * fetching Debian's packages) overlap the classes before it instead of adding to the run. Registered in
 * META-INF/services. Without podman, runc or debootstrap, or not as root, it does nothing and {@link LineImagesIT}
 * says what is missing as before.
 */
public final class TestBaseImageAhead implements TestExecutionListener {

    private static volatile CompletableFuture<TestBaseImage> ahead;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean wanted = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(test -> test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                        .filter(source -> source.getClassName().equals(LineImagesIT.class.getName())).isPresent());
        if (!wanted || !InstalledTool.PODMAN.installed() || !InstalledTool.RUNC.installed()
                || !InstalledTool.DEBOOTSTRAP.installed() || !"root".equals(System.getProperty("user.name"))) {
            return;
        }
        ahead = CompletableFuture.supplyAsync(() -> TestBaseImage.ensure(Podman.require()),
                runnable -> Thread.ofPlatform().daemon().name("test-base-image").start(runnable));
    }

    /** The base image: the one built ahead (waiting for it if need be), or found or built now. */
    static TestBaseImage await(Podman podman) {
        CompletableFuture<TestBaseImage> building = ahead;
        if (building != null) {
            try {
                return building.join();
            } catch (java.util.concurrent.CompletionException e) {
                // built ahead and failed: once more here, where the failure is reported with the test
            }
        }
        return TestBaseImage.ensure(podman);
    }
}
