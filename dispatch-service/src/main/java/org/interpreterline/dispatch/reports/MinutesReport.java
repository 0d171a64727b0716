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
import org.interpreterline.dispatch.requests.PaidCall;
import org.interpreterline.dispatch.requests.RequestRecord;

/**
 * Connected minutes per interpreter and agency for a period: a call counts in the period its interpreter joined in,
 * from joining the conference to its end. Calls still going are counted apart, so the figures add up to the
 * history's connected requests; calls older than the history come from the report's own record ({@link PaidCall}).
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

    /**
     * @param history the requests still in the history: their connected calls, and the calls still going
     * @param kept    the minutes report's own record of ended calls, which outlives the history; a call in both
     *                counts once
     */
    static MinutesReport of(List<RequestRecord> history, List<PaidCall> kept, Instant from, Instant to,
            PayBands bands) {
        Map<String, PaidCall> calls = new LinkedHashMap<>();
        kept.forEach(call -> calls.put(call.requestId(), call));
        int still = 0;
        for (RequestRecord r : history) {
            if (r.connectedAt() == null || r.interpreterId() == null || !within(r.connectedAt(), from, to)) {
                continue;
            }
            if (r.endedAt() == null) {
                still++;
            }
            PaidCall.of(r).ifPresent(call -> calls.put(call.requestId(), call));
        }
        Map<List<String>, Row> rows = new LinkedHashMap<>();
        Row total = new Row(null, null, null, 0, 0, 0, 0, 0);
        for (PaidCall call : calls.values()) {
            if (!within(call.connectedAt(), from, to)) {
                continue;
            }
            Split split = call.endedAt().isAfter(call.connectedAt()) ? bands.of(call.connectedAt(), call.endedAt())
                    : Split.NONE;
            String agency = Objects.requireNonNullElse(call.agency(), "");
            rows.merge(List.of(call.interpreterId(), agency),
                    new Row(call.interpreterId(), call.interpreterName(), agency, 0, 0, 0, 0, 0).plus(split),
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

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
