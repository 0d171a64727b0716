package org.interpreterline.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The validation the overlay tests rely on refuses what the API server or the operators would not take. */
class StrictApiModelsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: dispatch-service
            spec:
              replicas: 2
              selector:
                matchLabels: {app: d}
              template:
                metadata:
                  labels: {app: d}
                spec:
                  containers:
                    - name: d
                      image: interpreter-line/dispatch-service:1
                      livenessProbe:
                        httpGet: {path: /actuator/health/liveness, port: management}
                      resources:
                        limits: {memory: 640Mi}
            """;

    private static final String KAFKA = """
            apiVersion: kafka.strimzi.io/v1
            kind: Kafka
            metadata:
              name: line-kafka
            spec:
              kafka:
                listeners:
                  - {name: plain, port: 9092, type: internal, tls: false}
                config:
                  min.insync.replicas: 2
              entityOperator:
                topicOperator: {}
            """;

    private static final String SERVICE_MONITOR = """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata:
              name: interpreter-line
            spec:
              selector:
                matchLabels: {app: d}
              endpoints:
                - port: management
                  path: /actuator/prometheus
                  honorLabels: true
            """;

    @Test
    void wellFormedObjectsAreReadIntoTheirModels() {
        assertThat(ApiModels.read(DEPLOYMENT + "---\n" + KAFKA + "---\n" + SERVICE_MONITOR))
                .extracting(o -> o.getClass().getName())
                .containsExactly(Deployment.class.getName(), Kafka.class.getName(), ServiceMonitor.class.getName());
        Deployment deployment = (Deployment) ApiModels.read(DEPLOYMENT).getFirst();
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getLivenessProbe()
                .getHttpGet().getPort().getStrVal()).isEqualTo("management");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a misspelt top-level spec field   | DEPLOYMENT      | '  replicas: 2'        | '  replica: 2'                                   | dispatch-service
            a misspelt field deep in a pod    | DEPLOYMENT      | livenessProbe          | livenesProbe                                     | livenesProbe
            a misspelt field of a probe       | DEPLOYMENT      | httpGet                | httpGett                                         | httpGett
            a field of the wrong type         | DEPLOYMENT      | '  replicas: 2'        | '  replicas: two'                                | dispatch-service
            a duplicated key                  | DEPLOYMENT      | '  replicas: 2'        | '  replicas: 2\n  replicas: 3'                   | Duplicate field 'replicas'
            a misspelt Strimzi field          | KAFKA           | listeners              | listners                                         | listners
            a misspelt Strimzi listener field | KAFKA           | 'tls: false'           | 'tsl: false'                                     | tsl
            a field of another Strimzi API    | KAFKA           | '  entityOperator:'    | '  zookeeper: {replicas: 3}\n  entityOperator:' | zookeeper
            a misspelt ServiceMonitor field   | SERVICE_MONITOR | honorLabels            | honourLabels                                     | honourLabels
            an unknown kind                   | SERVICE_MONITOR | 'kind: ServiceMonitor' | 'kind: ServiceMontor'                            | ServiceMontor
            an apiVersion the model is not    | KAFKA           | 'kafka.strimzi.io/v1'  | 'kafka.strimzi.io/v1beta2'                       | kafka.strimzi.io/v1beta2 Kafka line-kafka
            """)
    void aBrokenObjectIsRefusedSayingWhatIsWrong(String what, String sample, String from, String to, String named) {
        String valid = switch (sample) {
            case "DEPLOYMENT" -> DEPLOYMENT;
            case "KAFKA" -> KAFKA;
            default -> SERVICE_MONITOR;
        };
        String broken = valid.replace(from, to.replace("\\n", "\n"));
        assertThat(broken).as(what).isNotEqualTo(valid);

        assertThatThrownBy(() -> ApiModels.read(broken)).as(what)
                .isInstanceOf(ApiModels.InvalidManifest.class)
                .hasMessageContaining(named);
    }
}
