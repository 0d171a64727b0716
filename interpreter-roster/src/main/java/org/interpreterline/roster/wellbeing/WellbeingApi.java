package org.interpreterline.roster.wellbeing;

import org.interpreterline.platform.audit.AdminAudit;
import org.interpreterline.platform.rosters.LineRosters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/interpreters/wellbeing}: every interpreter's recent tough calls and night calls, and whether they
 * rest from flagged calls now; for the coordinator (administrator or supervisor, as the rest of the roster).
 */
@RestController
class WellbeingApi {

    private final ExposureReport report;
    private final LineRosters rosters;

    WellbeingApi(ExposureReport report, LineRosters rosters) {
        this.report = report;
        this.rosters = rosters;
    }

    /** @param roster one agency's roster's interpreters; unset for everyone on the line */
    @GetMapping("/api/interpreters/wellbeing")
    ExposureReport.Report wellbeing(@RequestParam(required = false) String roster) {
        ExposureReport.Report now = report.now(rosters.named("roster", roster));
        AdminAudit.rows(now.interpreters().size());
        return now;
    }
}
