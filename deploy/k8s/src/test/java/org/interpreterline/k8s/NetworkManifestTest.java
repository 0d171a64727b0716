package org.interpreterline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import org.interpreterline.k8s.PolicyReach.Peer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who reaches what: only the ingress controller (and in staging the simulator) reaches the webhook services'
 * HTTP ports and their Ingress routes nothing but /twilio; the admin API stays in the namespace; a service's
 * instances reach each other (they forward requests to the roster's owner) and no other service's; only
 * Prometheus reaches the management port; the services reach Kafka and DNS, and only notification-service
 * reaches Twilio.
 */
class NetworkManifestTest {

    static final Peer INGRESS_CONTROLLER = new Peer("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    static final Peer ADMIN_CLIENT = new Peer(null, Map.of("interpreter-line.org/admin-client", "true"));
    static final Peer PROMETHEUS = new Peer("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
    static final Peer SIMULATOR = new Peer(null, Map.of("app.kubernetes.io/name", "twilio-simulator"));
    static final List<String> WEBHOOK_SERVICES = List.of("dispatch-service", "notification-service");

    static Stream<RenderedOverlay> overlays() {
        return LineServicesManifestTest.overlays();
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheIngressControllerReachesTheWebhookPortsTheAdminApiStaysInsideAndOnlyPrometheusScrapes(RenderedOverlay overlay) {
        PolicyReach reach = new PolicyReach(overlay);
        assertThat(reach.deniesIngressByDefault()).as("default deny").isTrue();
        boolean staging = overlay.name.equals("staging");
        for (String service : RenderedOverlay.LINE_SERVICES) {
            Map<String, String> pod = podLabels(overlay.named(Deployment.class, service));
            Peer sibling = new Peer(null, Map.of("app.kubernetes.io/name", service));
            Set<Peer> http = new HashSet<>(Set.of(ADMIN_CLIENT, sibling));
            if (WEBHOOK_SERVICES.contains(service)) {
                http.add(INGRESS_CONTROLLER);
                if (staging) {
                    http.add(SIMULATOR);
                }
            }
            assertThat(reach.ingress(pod, "http", LineServicesManifestTest.HTTP_PORTS.get(service)))
                    .as(service + " HTTP port (webhooks, admin API)").isEqualTo(http);
            assertThat(reach.ingress(pod, "management", LineServicesManifestTest.MANAGEMENT_PORT))
                    .as(service + " management port").containsExactly(PROMETHEUS);
            assertThat(reach.ingress(pod, "other", 5005)).as(service + " any other port").isEmpty();
        }
        Map<String, String> fallback = podLabels(overlay.named(Deployment.class, "line-fallback"));
        assertThat(reach.ingress(fallback, "http", 8080)).as("line-fallback")
                .isEqualTo(staging ? Set.of(INGRESS_CONTROLLER, SIMULATOR) : Set.of(INGRESS_CONTROLLER));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theServicesReachKafkaAndDnsAndOnlyNotificationServiceReachesTwilio(RenderedOverlay overlay) {
        PolicyReach reach = new PolicyReach(overlay);
        Kafka kafka = overlay.all(Kafka.class).getFirst();
        KafkaNodePool pool = overlay.all(KafkaNodePool.class).getFirst();
        // the labels Strimzi gives a broker pod
        Map<String, String> broker = Map.of("strimzi.io/cluster", kafka.getMetadata().getName(), "strimzi.io/kind", "Kafka",
                "strimzi.io/name", kafka.getMetadata().getName() + "-kafka", "strimzi.io/pool-name", pool.getMetadata().getName(),
                "strimzi.io/broker-role", "true");
        var listener = kafka.getSpec().getKafka().getListeners().stream().filter(l -> l.getName().equals("plain")).findFirst().orElseThrow();
        for (String service : RenderedOverlay.LINE_SERVICES) {
            Map<String, String> pod = podLabels(overlay.named(Deployment.class, service));
            assertThat(reach.egressAllowed(pod, broker, "TCP", listener.getPort())).as(service + " -> Kafka").isTrue();
            assertThat(reach.egressToDns(pod)).as(service + " -> DNS").isTrue();
            assertThat(listener.getNetworkPolicyPeers()).as("Kafka's listener lets " + service + " in")
                    .anyMatch(peer -> peer.getNamespaceSelector() == null && LabelSelectors.matches(peer.getPodSelector(), pod));
            boolean callsTwilio = service.equals("notification-service");
            if (overlay.name.equals("staging")) {
                Map<String, String> simulator = podLabels(overlay.named(Deployment.class, "twilio-simulator"));
                assertThat(reach.egressAllowed(pod, simulator, "TCP", 8090)).as(service + " -> simulator's REST API").isEqualTo(callsTwilio);
            } else {
                assertThat(reach.egressToAnywhere(pod, 443)).as(service + " -> api.twilio.com").isEqualTo(callsTwilio);
            }
            assertThat(reach.egressToAnywhere(pod, 5432)).as(service + " -> elsewhere").isFalse();
            int httpPort = LineServicesManifestTest.HTTP_PORTS.get(service);
            assertThat(reach.egressAllowed(pod, pod, "TCP", httpPort)).as(service + " -> its other instances").isTrue();
            for (String other : RenderedOverlay.LINE_SERVICES) {
                if (!other.equals(service)) {
                    Map<String, String> otherPod = podLabels(overlay.named(Deployment.class, other));
                    assertThat(reach.egressAllowed(pod, otherPod, "TCP", LineServicesManifestTest.HTTP_PORTS.get(other)))
                            .as(service + " -> " + other).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theWebhookIngressRoutesOnlyTwilioPathsOfTheTwoWebhookServicesOverTls(RenderedOverlay overlay) {
        Ingress webhooks = overlay.named(Ingress.class, "line-webhooks");
        Set<String> tlsHosts = new HashSet<>();
        webhooks.getSpec().getTls().forEach(t -> tlsHosts.addAll(t.getHosts()));
        for (IngressRule rule : webhooks.getSpec().getRules()) {
            assertThat(tlsHosts).as("TLS for " + rule.getHost()).contains(rule.getHost());
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                assertThat(path.getPath()).as(rule.getHost()).isEqualTo("/twilio");
                assertThat(path.getPathType()).isEqualTo("Prefix");
                assertThat(path.getBackend().getService().getName()).isIn(WEBHOOK_SERVICES);
                assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
            }
        }
        assertThat(webhooks.getSpec().getDefaultBackend()).isNull();
        // no other Ingress reaches a line service
        overlay.all(Ingress.class).stream().filter(i -> i != webhooks)
                .flatMap(i -> i.getSpec().getRules().stream()).flatMap(r -> r.getHttp().getPaths().stream())
                .forEach(p -> assertThat(p.getBackend().getService().getName()).isEqualTo("line-fallback"));

        Map<String, String> config = overlay.config();
        if (overlay.name.equals("production")) {
            // every webhook's signature is checked over the public URL: it must be the host Twilio calls
            assertThat(backendOfHost(webhooks, URI.create(config.get("DISPATCH_PUBLIC_URL")).getHost())).isEqualTo("dispatch-service");
            assertThat(backendOfHost(webhooks, URI.create(config.get("NOTIFICATION_PUBLIC_URL")).getHost())).isEqualTo("notification-service");
        }
    }

    private static String backendOfHost(Ingress ingress, String host) {
        return ingress.getSpec().getRules().stream().filter(r -> host.equals(r.getHost())).findFirst()
                .map(r -> r.getHttp().getPaths().getFirst().getBackend().getService().getName())
                .orElseThrow(() -> new AssertionError("no Ingress rule for " + host));
    }
}
