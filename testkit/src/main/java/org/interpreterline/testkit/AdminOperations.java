package org.interpreterline.testkit;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** A service's admin operations as "METHOD /path": as its controllers serve them, and as its OpenAPI names them. */
public final class AdminOperations {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options");

    private AdminOperations() {
    }

    /** Every operation under /api the controllers serve. */
    public static Set<String> served(RequestMappingHandlerMapping controllers) {
        Set<String> operations = new TreeSet<>();
        controllers.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> mapping.getMethodsCondition().getMethods()
                        .forEach(method -> operations.add(method.name() + " " + path))));
        return operations;
    }

    /** Every operation an OpenAPI 3 description ({@code /v3/api-docs}) names. */
    public static Set<String> described(JsonNode openApi) {
        Set<String> operations = new TreeSet<>();
        openApi.path("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }
}
