package org.interpreterline.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.simulator.phones.Behaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The line's container images really run. They are built as an operator builds them ({@code ./mvnw -Pimages
 * package}, Jib) on a base made here, started in podman as production runs them (non-root, read-only root
 * filesystem, a memory limit), and an officer's call goes through them to a bridged conference.
 *
 * <p>Needs podman, runc and debootstrap, as root: skipped without them, failed in CI ({@code CI=true}).
 * Each phase's duration is printed (the failsafe report's output file).
 */
class LineImagesIT {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static Podman podman;
    static ContainerLine line;

    @BeforeAll
    static void buildTheImagesAndStartTheLine() throws Exception {
        podman = Podman.require();
        InstalledTool.DEBOOTSTRAP.path();
        long started = System.nanoTime();
        TestBaseImage base = TestBaseImageAhead.await(podman);
        started = report(base.built() ? "test base image built (the wait for it, when built ahead)"
                : "test base image found in the cache", started);
        LineImages.build(podman, base, java.nio.file.Path.of(System.getProperty("line.logs", "target/line-logs"),
                "line-images-build.log"));
        started = report("./mvnw -Pimages package and podman load", started);
        line = ContainerLine.start(podman, "line-images", base, LineWorksIT.TIME_SCALE);
        report("broker, simulator and three services started and healthy", started);
    }

    @AfterAll
    static void stopTheLine() {
        if (line != null) {
            long started = System.nanoTime();
            line.close();
            report("line stopped", started);
        }
    }

    @Test
    void anOfficersCallIsBridgedWithTheSpanishInterpreter() {
        long started = System.nanoTime();
        String officer = "+14125550111";
        String ana = "+14125550211";
        line.admin.responder("Officer Diaz", officer, "Pittsburgh Police");
        line.sim.configurePhone(ana, "Ana Ruiz", Behaviour.ANSWER, 300, "1", false);
        line.admin.availableInterpreter("Ana Ruiz", ana, List.of("es"), 1);

        String officerCall = line.sim.dial(officer);
        line.sim.awaitPhone(officer, p -> p.waitingForInput() && p.heardText("For Spanish, press 1"), PATIENCE);
        line.sim.press(officer, "1");

        RequestOpened opened = line.events.await(RequestOpened.class,
                e -> officerCall.equals(e.requesterCallSid()), PATIENCE);
        line.sim.awaitConference("req-" + opened.requestId(),
                c -> c.phoneNumbers().containsAll(List.of(officer, ana)), PATIENCE);
        assertThat(line.sim.phone(ana).heardText("Spanish interpreter needed for Pittsburgh Police")).isTrue();
        report("call bridged", started);
    }

    @Test
    void everyImageRunsAsANonRootUserAndSaysWhichBuildItIs() {
        String revision = ExternalCommand.succeed(List.of("git", "-C", LineImages.projectRoot().toString(),
                "rev-parse", "HEAD"), java.util.Map.of(), Duration.ofSeconds(30)).trim();
        for (String module : LineImages.MODULES) {
            String image = LineImages.image(module);
            assertThat(podman.run("image", "inspect", "--format", "{{.Config.User}}", image)).as(image)
                    .isEqualTo("10001:0");
            assertThat(label(image, "org.opencontainers.image.title")).isEqualTo(module);
            assertThat(label(image, "org.opencontainers.image.version"))
                    .isEqualTo(System.getProperty("line.project-version"));
            assertThat(label(image, "org.opencontainers.image.revision")).as(image).isEqualTo(revision);
        }
        for (ContainerLine.Part service : line.services.values()) {
            assertThat(line.exec(service, "id", "-u").output().trim()).as(service.role()).isEqualTo("10001");
        }
    }

    @Test
    void theStreamsServicesKeepTheirStateOnTheStateVolume() {
        // the root filesystem is read-only (ContainerLine): Kafka Streams' stores, under LINE_STATE_DIR/<application
        // id>, can only be on the volume the image's LINE_STATE_DIR points at
        for (String service : List.of("interpreter-roster", "dispatch-service")) {
            ContainerLine.Part part = line.services.get(service);
            assertThat(line.inspect(part, "{{.HostConfig.ReadonlyRootfs}}")).isEqualTo("true");
            assertThat(line.exec(part, "ls", "/var/lib/interpreter-line").output()).as(service).contains(service);
        }
    }

    @Test
    void eachServiceSizesItsHeapFromItsContainersMemoryLimit() {
        for (ContainerLine.Part service : line.services.values()) {
            long limit = Long.parseLong(line.inspect(service, "{{.HostConfig.Memory}}"));
            double heap = line.heapMax(service);
            // -XX:MaxRAMPercentage=75: three quarters of the limit, whatever the machine's own memory
            assertThat(heap / limit).as(service.role() + " heap " + heap + " of " + limit).isBetween(0.65, 0.80);
        }
    }

    private static String label(String image, String name) {
        return podman.run("image", "inspect", "--format", "{{index .Config.Labels \"" + name + "\"}}", image);
    }

    private static long report(String what, long since) {
        long now = System.nanoTime();
        System.out.printf("[line-images] %-60s %6.1f s%n", what, (now - since) / 1e9);
        return now;
    }
}
