package org.interpreterline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.boot.context.properties.bind.Binder;
import org.interpreterline.platform.streams.StreamsProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three services of each overlay: highly available (two replicas or more, on different nodes, a disruption
 * budget), probed on the management port's health groups, locked down, sized, and configured with every
 * variable of the README's Configuration table, secrets only by reference.
 */
class LineServicesManifestTest {

    static final int MANAGEMENT_PORT = 9000;
    /** Variables every service needs (README, Configuration). */
    static final List<String> REQUIRED_ENV = List.of("KAFKA_BOOTSTRAP_SERVERS", "TWILIO_ACCOUNT_SID",
            "TWILIO_AUTH_TOKEN", "TWILIO_LINE_NUMBER", "TWILIO_API_BASE_URL", "DISPATCH_PUBLIC_URL",
            "NOTIFICATION_PUBLIC_URL", "ADMIN_USER", "ADMIN_PASSWORD", "FALLBACK_NUMBER", "LINE_ROSTER_ID",
            "LINE_KAFKA_PARTITIONS", "LINE_KAFKA_REPLICATION_FACTOR", "MANAGEMENT_SERVER_PORT", "SERVER_PORT");
    /** Services that run a Kafka Streams topology with local state. */
    static final List<String> STREAMS_SERVICES = List.of("dispatch-service", "interpreter-roster",
            "notification-service");
    static final Map<String, Integer> HTTP_PORTS = Map.of(
            "dispatch-service", 8081, "interpreter-roster", 8082, "notification-service", 8083);

    static Stream<RenderedOverlay> overlays() {
        return RenderedOverlay.OVERLAYS.stream().map(RenderedOverlay::of);
    }

    static Stream<Deployment> lineServices(RenderedOverlay overlay) {
        return RenderedOverlay.LINE_SERVICES.stream().map(s -> overlay.named(Deployment.class, s));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceRunsAtLeastTwoReplicasOnDifferentNodesWithADisruptionBudget(RenderedOverlay overlay) {
        lineServices(overlay).forEach(deployment -> {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(deployment.getSpec().getReplicas()).as(name + " replicas").isGreaterThanOrEqualTo(2);
            assertThat(LabelSelectors.matches(deployment.getSpec().getSelector(), podLabels)).isTrue();
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
                    .as(name + " keeps every replica while rolling").isZero();

            assertThat(deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                    .as(name + " spreads its pods across nodes")
                    .anySatisfy(c -> {
                        assertThat(c.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                        assertThat(c.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
                        assertThat(c.getMaxSkew()).isEqualTo(1);
                        assertThat(LabelSelectors.matches(c.getLabelSelector(), podLabels)).isTrue();
                    });

            List<PodDisruptionBudget> budgets = overlay.all(PodDisruptionBudget.class).stream()
                    .filter(b -> LabelSelectors.matches(b.getSpec().getSelector(), podLabels)).toList();
            assertThat(budgets).as(name + " disruption budgets").singleElement().satisfies(b -> {
                // at least one pod always serves, and a node drain can still evict one
                assertThat(b.getSpec().getMinAvailable().getIntVal()).isBetween(1, deployment.getSpec().getReplicas() - 1);
            });
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesAskTheActuatorHealthGroupsOnTheManagementPort(RenderedOverlay overlay) {
        lineServices(overlay).forEach(deployment -> {
            String name = deployment.getMetadata().getName();
            Container container = RenderedOverlay.container(deployment);
            assertThat(overlay.env(deployment)).as(name).containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(MANAGEMENT_PORT))
                    .containsEntry("SERVER_PORT", String.valueOf(HTTP_PORTS.get(name)));
            assertThat(probe(container, container.getStartupProbe())).as(name + " startup").isEqualTo(":9000/actuator/health/liveness");
            assertThat(probe(container, container.getLivenessProbe())).as(name + " liveness").isEqualTo(":9000/actuator/health/liveness");
            assertThat(probe(container, container.getReadinessProbe())).as(name + " readiness").isEqualTo(":9000/actuator/health/readiness");
            // the first start (Kafka, a Streams restore) may take minutes: the startup probe waits, liveness does not
            Probe startup = container.getStartupProbe();
            assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).as(name + " start-up allowance")
                    .isGreaterThanOrEqualTo(180);

            Service service = overlay.named(Service.class, name);
            assertThat(LabelSelectors.matches(
                    new io.fabric8.kubernetes.api.model.LabelSelector(null, service.getSpec().getSelector()),
                    deployment.getSpec().getTemplate().getMetadata().getLabels())).as(name + " Service selects its pods").isTrue();
            assertThat(service.getSpec().getPorts()).extracting(p -> p.getName() + ":" + p.getPort() + "->" + p.getTargetPort().getStrVal())
                    .containsExactlyInAnyOrder("http:" + HTTP_PORTS.get(name) + "->http", "management:9000->management");
            assertThat(container.getPorts()).extracting(p -> p.getName() + ":" + p.getContainerPort())
                    .containsExactlyInAnyOrder("http:" + HTTP_PORTS.get(name), "management:9000");
        });
    }

    /** ":port/path" of an HTTP probe, its named port resolved to the container's port. */
    static String probe(Container container, Probe probe) {
        assertThat(probe).as(container.getName() + " probe").isNotNull();
        assertThat(probe.getHttpGet()).as(container.getName() + " HTTP probe").isNotNull();
        var port = probe.getHttpGet().getPort();
        int number = port.getIntVal() != null ? port.getIntVal() : container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new AssertionError("no container port " + port.getStrVal()));
        return ":" + number + probe.getHttpGet().getPath();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceRunsLockedDown(RenderedOverlay overlay) {
        lineServices(overlay).forEach(deployment -> {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = RenderedOverlay.container(deployment);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name + " runAsNonRoot").isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(name + " runAsUser").isPositive();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name + " needs no API token").isFalse();
            var security = container.getSecurityContext();
            assertThat(security.getReadOnlyRootFilesystem()).as(name + " read-only root").isTrue();
            assertThat(security.getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(security.getCapabilities().getDrop()).as(name).containsExactly("ALL");
            assertThat(security.getCapabilities().getAdd()).as(name).isNullOrEmpty();
            assertThat(security.getPrivileged()).as(name).isNotEqualTo(Boolean.TRUE);

            assertThat(writableDirs(pod, container)).as(name + " writable folders").contains("/tmp");
            if (STREAMS_SERVICES.contains(name)) {
                String stateDir = overlay.env(deployment).get("LINE_STATE_DIR");
                assertThat(stateDir).as(name + " LINE_STATE_DIR").isNotBlank();
                assertThat(writableDirs(pod, container)).as(name + " has its state folder on a volume")
                        .anyMatch(dir -> stateDir.startsWith(dir + "/"));
                assertThat(overlay.env(deployment))
                        .as(name + " keeps a standby copy of its state on another replica")
                        .containsEntry("LINE_STREAMS_STANDBY_REPLICAS", "1");
            }

            assertThat(overlay.env(deployment)).as(name + " tells its siblings where to forward requests for the roster")
                    .containsEntry("POD_IP", "field:status.podIP")
                    .containsEntry("LINE_INSTANCE_URL", "http://$(POD_IP):" + HTTP_PORTS.get(name));

            var resources = container.getResources();
            assertThat(resources.getRequests()).as(name + " requests").containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as(name + " limits").containsKey("memory");
            assertThat(resources.getLimits().get("memory")).as(name + " memory is guaranteed")
                    .isEqualTo(resources.getRequests().get("memory"));
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theStandbySettingReachesKafkaStreamsThroughSpringsBinding(RenderedOverlay overlay) {
        for (String name : STREAMS_SERVICES) {
            Map<String, String> env = overlay.env(overlay.named(Deployment.class, name));
            StandardEnvironment environment = new StandardEnvironment();
            // the pod's environment in place of this JVM's, read the way Spring Boot reads environment variables
            environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            withoutNulls(env)));
            StreamsProperties streams = Binder.get(environment).bindOrCreate("line.streams", StreamsProperties.class);
            assertThat(streams.standbyReplicas()).as(name).isEqualTo(1);
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, String> env) {
        Map<String, Object> values = new java.util.HashMap<>();
        env.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        return values;
    }

    /** Mount paths of emptyDir volumes, the only places a read-only container can write. */
    static List<String> writableDirs(PodSpec pod, Container container) {
        List<String> emptyDirs = pod.getVolumes().stream().filter(v -> v.getEmptyDir() != null).map(Volume::getName).toList();
        return container.getVolumeMounts().stream()
                .filter(m -> emptyDirs.contains(m.getName()) && !Boolean.TRUE.equals(m.getReadOnly()))
                .map(VolumeMount::getMountPath).toList();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceGetsTheLinesConfigurationWithSecretsOnlyByReference(RenderedOverlay overlay) {
        assertThat(overlay.all(Secret.class)).as("no Secret (and no secret value) in the repository").isEmpty();
        lineServices(overlay).forEach(deployment -> {
            String name = deployment.getMetadata().getName();
            Map<String, String> env = overlay.env(deployment);
            assertThat(env).as(name).containsKeys(REQUIRED_ENV.toArray(String[]::new));
            REQUIRED_ENV.forEach(variable -> assertThat(env.get(variable)).as(name + " " + variable).isNotBlank());
            for (String secret : List.of("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "ADMIN_USER", "ADMIN_PASSWORD")) {
                assertThat(env.get(secret)).as(name + " " + secret).isEqualTo("secret:line-secrets/" + secret);
            }
            assertThat(env.get("LINE_KAFKA_REPLICATION_FACTOR")).as(name).isEqualTo("3");
            assertThat(env.get("FALLBACK_NUMBER")).as(name).matches("\\+[1-9][0-9]{6,14}");
            assertThat(env.get("TWILIO_LINE_NUMBER")).as(name).matches("\\+[1-9][0-9]{6,14}");
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).as(name + " reaches the Strimzi cluster's bootstrap service")
                    .isEqualTo(KafkaManifestTest.bootstrap(overlay));
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesAreTheLinesWithATagTheOverlaySets(RenderedOverlay overlay) {
        lineServices(overlay).forEach(deployment -> {
            String name = deployment.getMetadata().getName();
            assertThat(RenderedOverlay.container(deployment).getImage()).as(name)
                    .matches("interpreter-line/" + name + ":[0-9][A-Za-z0-9._-]*");
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void productionRunsTheProductionProfileAgainstTwilioAndStagingAgainstItsSimulator(RenderedOverlay overlay) {
        Map<String, String> config = overlay.config();
        if (overlay.name.equals("production")) {
            assertThat(config).containsEntry("SPRING_PROFILES_ACTIVE", "production")
                    .containsEntry("TWILIO_API_BASE_URL", "https://api.twilio.com");
            assertThat(config.get("DISPATCH_PUBLIC_URL")).startsWith("https://");
            assertThat(config.get("NOTIFICATION_PUBLIC_URL")).startsWith("https://");
            assertThat(overlay.all(Deployment.class)).noneMatch(d -> d.getMetadata().getName().equals("twilio-simulator"));
        } else {
            Deployment simulator = overlay.named(Deployment.class, "twilio-simulator");
            assertThat(RenderedOverlay.container(simulator).getImage()).matches("interpreter-line/twilio-simulator:[0-9].*");
            assertThat(config.get("TWILIO_API_BASE_URL")).isEqualTo("http://twilio-simulator:"
                    + overlay.named(Service.class, "twilio-simulator").getSpec().getPorts().getFirst().getPort());
            Map<String, String> simulatorEnv = overlay.env(simulator);
            assertThat(simulatorEnv).containsEntry("TWILIO_AUTH_TOKEN", "secret:line-secrets/TWILIO_AUTH_TOKEN")
                    .containsEntry("DISPATCH_PUBLIC_URL", config.get("DISPATCH_PUBLIC_URL"))
                    .containsEntry("TWILIO_LINE_NUMBER", config.get("TWILIO_LINE_NUMBER"));
            assertThat(config.get("DISPATCH_PUBLIC_URL")).isEqualTo("http://dispatch-service:8081");
            assertThat(config.get("NOTIFICATION_PUBLIC_URL")).isEqualTo("http://notification-service:8083");
        }
    }
}
