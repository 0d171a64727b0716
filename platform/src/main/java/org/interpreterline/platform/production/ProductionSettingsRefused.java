package org.interpreterline.platform.production;

import java.util.List;

/** The production profile's refusal to start, with every problem found. */
public final class ProductionSettingsRefused extends IllegalStateException {

    private final List<String> problems;

    ProductionSettingsRefused(List<String> problems) {
        super("The production profile refuses to start with these settings:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
