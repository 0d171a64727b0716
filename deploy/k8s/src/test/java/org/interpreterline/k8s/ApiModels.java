package org.interpreterline.k8s;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Reads rendered manifests into the published models of the APIs they target (fabric8's Kubernetes and
 * prometheus-operator models, Strimzi's API), strictly: a field the API does not have, a misspelt one, a value of
 * the wrong type, a duplicated key or a kind this deployment does not use is an error, not something kept aside.
 * The models keep unknown fields in an "additional properties" map by default (their any-setter); here that is
 * switched off, so Jackson's FAIL_ON_UNKNOWN_PROPERTIES applies to every object, however deep.
 */
final class ApiModels {

    /** Every kind the overlays may contain, each with the group/version its model was made from. */
    static final List<Class<? extends HasMetadata>> KINDS = List.of(
            ConfigMap.class, Service.class, Deployment.class, PodDisruptionBudget.class, NetworkPolicy.class,
            Ingress.class, Kafka.class, KafkaNodePool.class, KafkaTopic.class, ServiceMonitor.class,
            PrometheusRule.class);

    private static final Map<String, Class<? extends HasMetadata>> BY_TYPE = KINDS.stream()
            .collect(Collectors.toMap(ApiModels::type, Function.identity()));

    private static final ObjectMapper STRICT = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addModule(new SimpleModule("strict-api-models").setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                        BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    builder.setIgnoreUnknownProperties(false);
                    return builder;
                }
            }))
            .build();

    private ApiModels() {
    }

    /** "apiVersion kind", as written in a manifest. */
    static String type(Class<? extends HasMetadata> model) {
        return HasMetadata.getApiVersion(model) + " " + HasMetadata.getKind(model);
    }

    /**
     * Every document of a multi-document YAML text, each read into its API's model.
     *
     * @throws InvalidManifest naming the object and what is wrong with it
     */
    static List<HasMetadata> read(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml);
             MappingIterator<JsonNode> it = STRICT.readValues(parser, JsonNode.class)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            throw new InvalidManifest("document " + (documents.size() + 1) + " is not valid: " + e.getMessage(), e);
        }
        return documents.stream().map(ApiModels::model).toList();
    }

    private static HasMetadata model(JsonNode document) {
        String type = document.path("apiVersion").asText() + " " + document.path("kind").asText();
        String name = type + " " + document.path("metadata").path("name").asText("(no name)");
        Class<? extends HasMetadata> model = BY_TYPE.get(type);
        if (model == null) {
            throw new InvalidManifest(name + ": no API model for this apiVersion and kind (known: " + BY_TYPE.keySet() + ")", null);
        }
        try {
            return STRICT.treeToValue(document, model);
        } catch (IOException e) {
            throw new InvalidManifest(name + " is not a valid " + model.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A rendered object that its API would not accept as written. */
    static final class InvalidManifest extends RuntimeException {

        InvalidManifest(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
