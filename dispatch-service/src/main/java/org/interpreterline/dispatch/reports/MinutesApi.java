package org.interpreterline.dispatch.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.platform.admin.RosterLimit;
import org.interpreterline.platform.audit.AdminAudit;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.web.CsvField;
import org.interpreterline.platform.web.InvalidField;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/minutes?from=&to=}: connected minutes per interpreter and agency for paying interpreters,
 * as JSON or CSV. {@code from} and {@code to} are dates (local to the line, {@code to} exclusive) or instants.
 */
@RestController
@RequestMapping("/api/reports/minutes")
public class MinutesApi {

    static final List<String> HEADER = List.of("interpreter_id", "interpreter", "agency", "calls", "minutes",
            "day_minutes", "night_minutes", "weekend_minutes");

    private final RequestRecords records;
    private final PaidCallRecord paidCalls;
    private final ReportSettings settings;
    private final PayBands bands;
    private final LineRosters rosters;

    public MinutesApi(RequestRecords records, PaidCallRecord paidCalls, ReportSettings settings, LineRosters rosters) {
        this.records = records;
        this.paidCalls = paidCalls;
        this.settings = settings;
        this.bands = new PayBands(settings);
        this.rosters = rosters;
    }

    /** @param roster one agency's roster's calls; unset for all (a roster's supervisor always gets theirs) */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    MinutesReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String roster) {
        Instant start = moment("from", from);
        Instant end = moment("to", to);
        if (!end.isAfter(start)) {
            throw new InvalidField("to", "must be after from");
        }
        String only = RosterLimit.scoped(roster, rosters);
        String home = rosters.home();
        MinutesReport report = MinutesReport.of(
                records.matching(r -> r.connectedAt() != null && (only == null || only.equals(r.rosterOr(home)))),
                paidCalls.all().stream().filter(c -> only == null || only.equals(c.rosterOr(home))).toList(),
                start, end, bands);
        AdminAudit.rows(report.rows().size());
        return report;
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String roster) {
        MinutesReport report = report(from, to, roster);
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (MinutesReport.Row row : report.rows()) {
            csv.append(line(row)).append("\r\n");
        }
        csv.append(line(report.total())).append("\r\n");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv"))
                .header("Content-Disposition", "attachment; filename=\"minutes.csv\"").body(csv.toString());
    }

    private static String line(MinutesReport.Row row) {
        return Stream.of(row.interpreterId(), row.interpreterId() == null ? "total" : row.interpreterName(),
                        row.agency(), Integer.toString(row.calls()), minutes(row.seconds()),
                        minutes(row.daySeconds()), minutes(row.nightSeconds()), minutes(row.weekendSeconds()))
                .map(CsvField::of).collect(Collectors.joining(","));
    }

    private static String minutes(long seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds / 60.0);
    }

    private Instant moment(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "is required: a date such as 2026-11-01 or an instant such as "
                    + "2026-11-01T00:00:00Z");
        }
        String v = value.strip();
        try {
            return v.contains("T") ? Instant.parse(v) : LocalDate.parse(v).atStartOfDay(settings.timeZone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "must be a date such as 2026-11-01 or an instant such as "
                    + "2026-11-01T00:00:00Z");
        }
    }
}
