package org.interpreterline.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interpreterline.events.JsonSerde;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * Every PromQL expression supervisors depend on: each target of each panel of deploy/grafana/dashboards and
 * each rule of deploy/prometheus/rules, with Grafana's template variables given values a test can run.
 */
final class DeployedQueries {

    /** One expression and where it comes from ("supervisors.json: Waiting now"). */
    record Query(String source, String expr) {
        @Override
        public String toString() {
            return source;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_]\\w*)(?::\\w+)?}|\\$([A-Za-z_]\\w*)");

    private DeployedQueries() {
    }

    /**
     * @param values what each variable stands for, e.g. {@code __range=2m}, {@code language=.*}; a variable
     *               the map does not know fails, so a new one gets a value here rather than being missed
     */
    static List<Query> dashboards(Map<String, String> values) {
        List<Query> queries = new ArrayList<>();
        for (Path file : DeployFiles.dashboards()) {
            JsonNode dashboard = json(file);
            panels(dashboard.path("panels")).forEach(panel -> panel.path("targets").forEach(target -> {
                String expr = target.path("expr").asString("");
                if (!expr.isBlank()) {
                    queries.add(new Query(file.getFileName() + ": " + panel.path("title").asString() + " ["
                            + target.path("refId").asString() + "]", substitute(expr, values)));
                }
            }));
        }
        return queries;
    }

    /** Alert and recording rules, by name. */
    @SuppressWarnings("unchecked")
    static List<Query> rules() {
        List<Query> queries = new ArrayList<>();
        for (Path file : DeployFiles.ruleFiles()) {
            Map<String, Object> content = yaml(file);
            for (Map<String, Object> group : (List<Map<String, Object>>) content.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    Object name = rule.containsKey("alert") ? rule.get("alert") : rule.get("record");
                    queries.add(new Query(file.getFileName() + ": " + name, String.valueOf(rule.get("expr"))));
                }
            }
        }
        return queries;
    }

    /** The panels of a dashboard, those inside collapsed rows too. */
    static List<JsonNode> panels(JsonNode panels) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : panels) {
            if ("row".equals(panel.path("type").asString())) {
                all.addAll(panels(panel.path("panels")));
            } else {
                all.add(panel);
            }
        }
        return all;
    }

    static String substitute(String expr, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("No test value for variable $" + name + " in: " + expr);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    static JsonNode json(Path file) {
        try {
            return JsonSerde.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
