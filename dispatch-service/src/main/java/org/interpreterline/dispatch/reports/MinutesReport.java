package org.interpreterline.dispatch.reports;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.interpreterline.dispatch.reports.PayBands.Split;
import org.interpreterline.dispatch.requests.RequestRecord;

/**
 * Connected minutes per interpreter and agency for a period, from the request history: a call counts in the period
 * its interpreter joined in, from joining the conference to its end. Calls still going are counted apart, so the
 * figures add up to the history's connected requests.
 *
 * @param stillConnected calls whose interpreter joined in the period that have not ended yet (no minutes yet)
 */
record MinutesReport(Instant from, Instant to, List<Row> rows, Row total, int stillConnected) {

    /** One interpreter's calls for one agency (the total row names neither). */
    record Row(String interpreterId, String interpreterName, String agency, int calls, long seconds,
            long daySeconds, long nightSeconds, long weekendSeconds) {

        @JsonProperty("minutes")
        double minutes() {
            return Math.round(seconds / 60.0 * 100) / 100.0;
        }

        Row plus(Split split) {
            return new Row(interpreterId, interpreterName, agency, calls + 1, seconds + split.totalSeconds(),
                    daySeconds + split.daySeconds(), nightSeconds + split.nightSeconds(),
                    weekendSeconds + split.weekendSeconds());
        }
    }

    static MinutesReport of(List<RequestRecord> history, Instant from, Instant to, PayBands bands) {
        Map<List<String>, Row> rows = new LinkedHashMap<>();
        Row total = new Row(null, null, null, 0, 0, 0, 0, 0);
        int still = 0;
        for (RequestRecord r : history) {
            if (r.connectedAt() == null || r.interpreterId() == null || r.connectedAt().isBefore(from)
                    || !r.connectedAt().isBefore(to)) {
                continue;
            }
            if (r.endedAt() == null) {
                still++;
                continue;
            }
            Split split = r.endedAt().isAfter(r.connectedAt()) ? bands.of(r.connectedAt(), r.endedAt()) : Split.NONE;
            String agency = Objects.requireNonNullElse(r.agency(), "");
            rows.merge(List.of(r.interpreterId(), agency),
                    new Row(r.interpreterId(), r.interpreterName(), agency, 0, 0, 0, 0, 0).plus(split),
                    (a, b) -> new Row(a.interpreterId(), a.interpreterName(), a.agency(), a.calls() + b.calls(),
                            a.seconds() + b.seconds(), a.daySeconds() + b.daySeconds(),
                            a.nightSeconds() + b.nightSeconds(), a.weekendSeconds() + b.weekendSeconds()));
            total = total.plus(split);
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing((Row row) -> Objects.requireNonNullElse(row.interpreterName(), ""))
                .thenComparing(Row::interpreterId).thenComparing(Row::agency));
        return new MinutesReport(from, to, List.copyOf(sorted), total, still);
    }
}
