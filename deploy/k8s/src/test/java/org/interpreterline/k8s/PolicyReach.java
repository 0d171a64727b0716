package org.interpreterline.k8s;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * What an overlay's NetworkPolicies let through, worked out as a CNI would: the union of every policy that
 * selects a pod. Peers are named by namespace (null: the line's own) and the pod labels they select.
 */
final class PolicyReach {

    /** A policy's "from" or "to" entry. {@link #ANYONE} when a rule names no peers. */
    record Peer(String namespace, Map<String, String> pods) {
        static final Peer ANYONE = new Peer("*", Map.of());
    }

    private final List<NetworkPolicy> policies;

    PolicyReach(RenderedOverlay overlay) {
        this.policies = overlay.all(NetworkPolicy.class);
    }

    /** Whether some policy refuses, by default, all traffic into every pod of the namespace. */
    boolean deniesIngressByDefault() {
        return policies.stream().anyMatch(p -> isEmpty(p.getSpec().getPodSelector())
                && p.getSpec().getPolicyTypes().contains("Ingress")
                && (p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty()));
    }

    /** Who may open connections to a pod with these labels on this container port (name and number). */
    Set<Peer> ingress(Map<String, String> podLabels, String portName, int portNumber) {
        Set<Peer> peers = new HashSet<>();
        for (NetworkPolicy policy : selecting(podLabels, "Ingress")) {
            for (var rule : policy.getSpec().getIngress() == null ? List.<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule>of() : policy.getSpec().getIngress()) {
                if (covers(rule.getPorts(), portName, portNumber)) {
                    peers.addAll(peers(rule.getFrom()));
                }
            }
        }
        return peers;
    }

    /** Whether a pod with these labels may connect to a pod with those labels (same namespace) on a port. */
    boolean egressAllowed(Map<String, String> podLabels, Map<String, String> targetLabels, String protocol, int port) {
        List<NetworkPolicy> egress = selecting(podLabels, "Egress");
        if (egress.isEmpty()) {
            return true;
        }
        return egress.stream().flatMap(p -> p.getSpec().getEgress() == null ? java.util.stream.Stream.empty() : p.getSpec().getEgress().stream())
                .anyMatch(rule -> coversProtocol(rule.getPorts(), protocol, port) && (rule.getTo() == null || rule.getTo().isEmpty()
                        || rule.getTo().stream().anyMatch(to -> to.getNamespaceSelector() == null && to.getIpBlock() == null
                                && LabelSelectors.matches(to.getPodSelector(), targetLabels))));
    }

    /** Whether a pod with these labels may reach any address outside the cluster on a port. */
    boolean egressToAnywhere(Map<String, String> podLabels, int port) {
        List<NetworkPolicy> egress = selecting(podLabels, "Egress");
        return egress.isEmpty() || egress.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> coversProtocol(rule.getPorts(), "TCP", port) && (rule.getTo() == null || rule.getTo().isEmpty()));
    }

    /** Whether a pod with these labels may ask the cluster DNS. */
    boolean egressToDns(Map<String, String> podLabels) {
        List<NetworkPolicy> egress = selecting(podLabels, "Egress");
        return egress.isEmpty() || egress.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> coversProtocol(rule.getPorts(), "UDP", 53) && rule.getTo() != null && rule.getTo().stream()
                        .anyMatch(to -> to.getNamespaceSelector() != null && "kube-system".equals(
                                to.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))));
    }

    private List<NetworkPolicy> selecting(Map<String, String> podLabels, String type) {
        return policies.stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains(type))
                .filter(p -> LabelSelectors.matches(p.getSpec().getPodSelector(), podLabels))
                .toList();
    }

    private static boolean covers(List<NetworkPolicyPort> ports, String portName, int portNumber) {
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(p -> "TCP".equals(protocol(p))
                && (p.getPort() == null || matches(p.getPort(), portName, portNumber)));
    }

    private static boolean coversProtocol(List<NetworkPolicyPort> ports, String protocol, int portNumber) {
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(p -> protocol.equals(protocol(p))
                && (p.getPort() == null || matches(p.getPort(), null, portNumber)));
    }

    private static String protocol(NetworkPolicyPort port) {
        return port.getProtocol() == null ? "TCP" : port.getProtocol();
    }

    private static boolean matches(IntOrString port, String name, int number) {
        return port.getIntVal() != null ? port.getIntVal() == number : port.getStrVal().equals(name);
    }

    private static Set<Peer> peers(List<NetworkPolicyPeer> from) {
        if (from == null || from.isEmpty()) {
            return Set.of(Peer.ANYONE);
        }
        Set<Peer> peers = new HashSet<>();
        for (NetworkPolicyPeer peer : from) {
            if (peer.getIpBlock() != null) {
                peers.add(Peer.ANYONE);
                continue;
            }
            String namespace = null;
            if (peer.getNamespaceSelector() != null) {
                namespace = isEmpty(peer.getNamespaceSelector()) ? "*"
                        : labelsOnly(peer.getNamespaceSelector()).get("kubernetes.io/metadata.name");
            }
            Map<String, String> pods = peer.getPodSelector() == null ? Map.of() : labelsOnly(peer.getPodSelector());
            peers.add(new Peer(namespace, pods));
        }
        return peers;
    }

    private static Map<String, String> labelsOnly(LabelSelector selector) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("a peer chosen by expressions is not checked here: " + selector);
        }
        return selector.getMatchLabels() == null ? Map.of() : Map.copyOf(selector.getMatchLabels());
    }

    private static boolean isEmpty(LabelSelector selector) {
        return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }
}
