package org.interpreterline.line;

import java.util.List;

/** The nearest-rank percentile the load drivers print, so that their figures mean the same thing. */
final class Percentiles {

    private Percentiles() {
    }

    /** The value at percentile {@code p} (0-100) of values sorted ascending; there must be at least one. */
    static <T> T of(List<T> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
