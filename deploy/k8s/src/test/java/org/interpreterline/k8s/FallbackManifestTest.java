package org.interpreterline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.interpreterline.fallback.FallbackFiles;
import org.interpreterline.fallback.FallbackTwiml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The static fallback of each overlay: the documents are the ones deploy/fallback makes for the overlay's
 * FALLBACK_NUMBER (regenerate them when it changes), served by a plain web server with nothing of the line in it,
 * at the paths the number's fallback URLs name.
 */
class FallbackManifestTest {

    static Stream<RenderedOverlay> overlays() {
        return LineServicesManifestTest.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theFallbackDocumentsAreTheGeneratorsForTheOverlaysFallbackNumber(RenderedOverlay overlay) {
        String number = overlay.config().get("FALLBACK_NUMBER");
        FallbackTwiml twiml = new FallbackTwiml(number);
        Map<String, String> served = overlay.generated("line-fallback-twiml").getData();
        String regenerate = "regenerate: ./mvnw -q -pl deploy/fallback compile exec:java -Dexec.args=\"deploy/k8s/overlays/"
                + overlay.name + "/fallback " + number + "\"";
        assertThat(served).as(regenerate).containsOnlyKeys(FallbackFiles.VOICE, FallbackFiles.SMS)
                .containsEntry(FallbackFiles.VOICE, twiml.voice() + "\n")
                .containsEntry(FallbackFiles.SMS, twiml.sms() + "\n");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void aPlainWebServerServesThemWhateverStateTheLineIsIn(RenderedOverlay overlay) {
        Deployment server = overlay.named(Deployment.class, "line-fallback");
        PodSpec pod = server.getSpec().getTemplate().getSpec();
        assertThat(server.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getConfigMap().getName())
                .isEqualTo(overlay.generated("line-fallback-twiml").getMetadata().getName()));
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(RenderedOverlay.container(server).getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(RenderedOverlay.container(server).getEnvFrom()).as("nothing of the line's configuration").isNullOrEmpty();
        assertThat(pod.getContainers().getFirst().getImage()).doesNotStartWith("interpreter-line/");
        assertThat(overlay.all(PodDisruptionBudget.class)).anyMatch(b -> LabelSelectors.matches(b.getSpec().getSelector(),
                server.getSpec().getTemplate().getMetadata().getLabels()));

        Ingress ingress = overlay.named(Ingress.class, "line-fallback");
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(ingress.getSpec().getTls().getFirst().getHosts()).contains(rule.getHost());
            assertThat(rule.getHttp().getPaths()).extracting(p -> p.getPath() + " -> " + p.getBackend().getService().getName())
                    .containsExactlyInAnyOrder("/" + FallbackFiles.VOICE + " -> line-fallback", "/" + FallbackFiles.SMS + " -> line-fallback");
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void stagingsSimulatorFallsBackToThemWithGetAsTwilioWouldFromABucket(RenderedOverlay overlay) {
        if (!overlay.name.equals("staging")) {
            return;
        }
        Map<String, String> env = overlay.env(overlay.named(Deployment.class, "twilio-simulator"));
        int port = overlay.named(Service.class, "line-fallback").getSpec().getPorts().getFirst().getPort();
        assertThat(env).containsEntry("SIMULATOR_LINE_VOICE_FALLBACK_URL", "http://line-fallback:" + port + "/" + FallbackFiles.VOICE)
                .containsEntry("SIMULATOR_LINE_VOICE_FALLBACK_METHOD", "GET")
                .containsEntry("SIMULATOR_LINE_SMS_FALLBACK_URL", "http://line-fallback:" + port + "/" + FallbackFiles.SMS)
                .containsEntry("SIMULATOR_LINE_SMS_FALLBACK_METHOD", "GET");
        assertThat(overlay.all(ConfigMap.class)).isNotEmpty();
    }
}
