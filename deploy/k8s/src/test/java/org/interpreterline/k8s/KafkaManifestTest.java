package org.interpreterline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.apache.kafka.clients.admin.NewTopic;
import org.interpreterline.events.Topics;
import org.interpreterline.platform.kafka.KafkaTopicProperties;
import org.interpreterline.platform.kafka.LineTopics;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.kafka.core.KafkaAdmin;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kafka as the Strimzi operator runs it for each overlay, and its topics: exactly those the services declare
 * themselves (LineTopics, from the Topics registry) with the overlay's LINE_KAFKA_PARTITIONS and
 * LINE_KAFKA_REPLICATION_FACTOR, so the operator and the services never disagree about a topic.
 */
class KafkaManifestTest {

    static Stream<RenderedOverlay> overlays() {
        return LineServicesManifestTest.overlays();
    }

    /** host:port of the Strimzi cluster's bootstrap Service for its plain listener. */
    static String bootstrap(RenderedOverlay overlay) {
        Kafka kafka = overlay.all(Kafka.class).getFirst();
        GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.getName().equals("plain")).findFirst().orElseThrow();
        return kafka.getMetadata().getName() + "-kafka-bootstrap:" + plain.getPort();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void threeNodesAreEachBrokerAndKraftControllerAndWritesSurviveOneOfThemDown(RenderedOverlay overlay) {
        assertThat(overlay.all(Kafka.class)).hasSize(1);
        Kafka kafka = overlay.all(Kafka.class).getFirst();
        assertThat(overlay.all(KafkaNodePool.class)).singleElement().satisfies(pool -> {
            assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(pool.getSpec().getReplicas()).isEqualTo(3);
            assertThat(pool.getSpec().getRoles()).containsExactlyInAnyOrder(ProcessRoles.BROKER, ProcessRoles.CONTROLLER);
        });
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("transaction.state.log.replication.factor", 3)
                .containsEntry("transaction.state.log.min.isr", 2).containsEntry("auto.create.topics.enable", false);
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).as("KafkaTopics are applied").isNotNull();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theTopicsAreTheRegistrysAsTheServicesDeclareThem(RenderedOverlay overlay) throws ReflectiveOperationException {
        Map<String, String> config = overlay.config();
        String minInsync = config.get("LINE_KAFKA_MIN_INSYNC_REPLICAS");
        KafkaTopicProperties settings = KafkaTopicProperties.withDefaultRetention(Integer.parseInt(config.get("LINE_KAFKA_PARTITIONS")),
                Short.parseShort(config.get("LINE_KAFKA_REPLICATION_FACTOR")),
                minInsync == null || minInsync.isBlank() ? null : Integer.valueOf(minInsync));
        Map<String, String> declared = declared(settings).stream()
                .collect(Collectors.toMap(NewTopic::name, KafkaManifestTest::describe, (a, b) -> a, TreeMap::new));
        String cluster = overlay.all(Kafka.class).getFirst().getMetadata().getName();

        Map<String, String> deployed = overlay.all(KafkaTopic.class).stream()
                .peek(t -> assertThat(t.getMetadata().getLabels()).as(t.getMetadata().getName())
                        .containsEntry("strimzi.io/cluster", cluster))
                .collect(Collectors.toMap(KafkaManifestTest::topicName, KafkaManifestTest::describe, (a, b) -> {
                    throw new AssertionError("two KafkaTopics for one topic");
                }, TreeMap::new));

        assertThat(deployed).isEqualTo(declared);
        // what the registry says, in words, so that a change to LineTopics cannot hollow this out
        Topics.all().forEach(topic -> {
            assertThat(deployed.get(topic.name())).as(topic.name())
                    .endsWith(topic == Topics.DISPATCH_RESIDENT_KEYS
                            // keys destroyed when a request ends leave the log within about 20 minutes (privacy.md)
                            ? "{cleanup.policy=compact, delete.retention.ms=600000, max.compaction.lag.ms=600000, "
                                    + "min.cleanable.dirty.ratio=0.01, min.insync.replicas=2, segment.ms=600000}"
                            : topic.compacted() ? "{cleanup.policy=compact, min.insync.replicas=2}"
                            : topic == Topics.LINE_AUDIT ? "{min.insync.replicas=2, retention.ms=34560000000}"
                            : "{min.insync.replicas=2, retention.ms=7776000000}");
            assertThat(deployed).as("dead-letter topic of " + topic.name()).containsKey(topic.deadLetterName());
        });
    }

    /** What every service hands Spring's KafkaAdmin to create at start-up. */
    @SuppressWarnings("unchecked")
    private static Collection<NewTopic> declared(KafkaTopicProperties settings) throws ReflectiveOperationException {
        KafkaAdmin.NewTopics declarations = LineTopics.declarations(settings);
        // NewTopics only gives its topics to KafkaAdmin (a package-private getter): read them the same way
        Method topics = KafkaAdmin.NewTopics.class.getDeclaredMethod("getNewTopics");
        topics.setAccessible(true);
        return (Collection<NewTopic>) topics.invoke(declarations);
    }

    private static String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() == null ? topic.getMetadata().getName() : topic.getSpec().getTopicName();
    }

    private static String describe(NewTopic topic) {
        return "partitions=" + topic.numPartitions() + " replicas=" + topic.replicationFactor() + " "
                + new TreeMap<>(topic.configs() == null ? Map.of() : topic.configs());
    }

    private static String describe(KafkaTopic topic) {
        Map<String, String> config = new TreeMap<>();
        if (topic.getSpec().getConfig() != null) {
            topic.getSpec().getConfig().forEach((k, v) -> config.put(k, String.valueOf(v)));
        }
        String settings = config.isEmpty() ? "{}" : config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return "partitions=" + topic.getSpec().getPartitions() + " replicas=" + topic.getSpec().getReplicas() + " "
                + (config.isEmpty() ? "{}" : "{" + settings + "}");
    }
}
