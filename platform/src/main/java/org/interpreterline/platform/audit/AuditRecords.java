package org.interpreterline.platform.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.interpreterline.events.audit.AdminRequestServed;
import org.interpreterline.platform.admin.AdminAccess;
import org.interpreterline.platform.web.InvalidField;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?from=&to=&user=&limit=}: who read or changed what, for the auditor (the only role that may
 * read it). Newest first, at most {@code limit} entries; {@code X-Total-Count} says how many matched. Every service
 * serves the same trail, read from {@code line.audit}; the read itself is written to the trail like any other.
 */
@RestController
class AuditRecords {

    static final Duration DEFAULT_SPAN = Duration.ofDays(1);

    private final AuditReader reader;
    private final Clock clock;

    AuditRecords(AuditReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping(AdminAccess.AUDIT_TRAIL)
    ResponseEntity<List<AdminRequestServed>> trail(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String user,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Instant until = to != null ? to : clock.instant();
        Instant since = from != null ? from : until.minus(DEFAULT_SPAN);
        if (!since.isBefore(until)) {
            throw new InvalidField("from", "must be before to (" + until + ")");
        }
        AuditReader.Found found = reader.read(since, until, user == null || user.isBlank() ? null : user, limit);
        AdminAudit.rows(found.newest().size());
        return ResponseEntity.ok().header("X-Total-Count", Integer.toString(found.matched())).body(found.newest());
    }

    @ExceptionHandler(AuditReader.AuditUnreadable.class)
    ResponseEntity<ProblemDetail> unreadable(AuditReader.AuditUnreadable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
