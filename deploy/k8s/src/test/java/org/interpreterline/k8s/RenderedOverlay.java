package org.interpreterline.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** One overlay of deploy/k8s as {@code kubectl apply -k} would create it, every object in its API's model. */
final class RenderedOverlay {

    static final List<String> OVERLAYS = List.of("staging", "production");
    static final List<String> LINE_SERVICES = List.of("dispatch-service", "interpreter-roster", "notification-service");

    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    final String name;
    final List<HasMetadata> objects;

    private RenderedOverlay(String name, List<HasMetadata> objects) {
        this.name = name;
        this.objects = objects;
    }

    /** Rendered once per test run. */
    static RenderedOverlay of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> new RenderedOverlay(o,
                ApiModels.read(Kubectl.kustomize(k8sDir().resolve("overlays").resolve(o)))));
    }

    /** deploy/k8s: the module's folder, where Maven runs its tests. */
    static Path k8sDir() {
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("overlays"))) {
            throw new IllegalStateException("run from deploy/k8s (Maven does): no overlays in " + dir);
        }
        return dir;
    }

    static Path deployDir() {
        return k8sDir().getParent();
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> kind, String objectName) {
        List<T> found = all(kind).stream().filter(o -> o.getMetadata().getName().equals(objectName)).toList();
        if (found.size() != 1) {
            throw new AssertionError(name + ": expected one " + kind.getSimpleName() + " " + objectName + ", found "
                    + found.size());
        }
        return found.getFirst();
    }

    /** A ConfigMap of a configMapGenerator, whose name kustomize suffixes with a hash of its content. */
    ConfigMap generated(String baseName) {
        List<ConfigMap> found = all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().matches("\\Q" + baseName + "\\E-[a-z0-9]{10}")).toList();
        if (found.size() != 1) {
            throw new AssertionError(name + ": expected one generated ConfigMap " + baseName + ", found " + found.size());
        }
        return found.getFirst();
    }

    /** The line's settings: the ConfigMap line-config. */
    Map<String, String> config() {
        return generated("line-config").getData();
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(deployment.getMetadata().getName() + " has " + containers.size() + " containers");
        }
        return containers.getFirst();
    }

    /**
     * The container's environment as the kubelet would set it: envFrom ConfigMaps first, then env entries (which
     * win). A value from a Secret reads {@code secret:<name>/<key>}: its value is never in the repository.
     */
    Map<String, String> env(Deployment deployment) {
        Container container = container(deployment);
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
            if (from.getConfigMapRef() == null) {
                throw new AssertionError(deployment.getMetadata().getName() + ": envFrom other than a ConfigMap");
            }
            env.putAll(named(ConfigMap.class, from.getConfigMapRef().getName()).getData());
        }
        for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            env.put(variable.getName(), value(variable));
        }
        return env;
    }

    private String value(EnvVar variable) {
        if (variable.getValueFrom() == null) {
            return variable.getValue();
        }
        var source = variable.getValueFrom();
        if (source.getSecretKeyRef() != null) {
            return "secret:" + source.getSecretKeyRef().getName() + "/" + source.getSecretKeyRef().getKey();
        }
        if (source.getConfigMapKeyRef() != null) {
            return named(ConfigMap.class, source.getConfigMapKeyRef().getName()).getData()
                    .get(source.getConfigMapKeyRef().getKey());
        }
        if (source.getFieldRef() != null) {
            return "field:" + source.getFieldRef().getFieldPath();
        }
        throw new AssertionError(variable.getName() + ": a value from neither a Secret, a ConfigMap nor the pod");
    }

    @Override
    public String toString() {
        return name;
    }
}
