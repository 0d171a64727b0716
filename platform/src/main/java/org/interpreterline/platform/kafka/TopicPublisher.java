package org.interpreterline.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.interpreterline.events.Topic;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes to one topic of the registry with that topic's serdes: the only way a service writes a topic,
 * so a name and a type cannot drift apart. Idempotent, acks=all, no linger: webhooks wait on nothing, but
 * what they publish should leave at once.
 */
public class TopicPublisher<K, V> implements AutoCloseable {

    private final Topic<K, V> topic;
    private final DefaultKafkaProducerFactory<K, V> factory;
    private final KafkaTemplate<K, V> template;

    public TopicPublisher(Topic<K, V> topic, Map<String, Object> producerConfig) {
        this.topic = topic;
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.factory = new DefaultKafkaProducerFactory<>(config, topic.keySerde().serializer(),
                topic.valueSerde().serializer());
        this.template = new KafkaTemplate<>(factory);
    }

    public CompletableFuture<SendResult<K, V>> publish(K key, V value) {
        return template.send(topic.name(), key, value);
    }

    public Topic<K, V> topic() {
        return topic;
    }

    @Override
    public void close() {
        factory.destroy();
    }
}
