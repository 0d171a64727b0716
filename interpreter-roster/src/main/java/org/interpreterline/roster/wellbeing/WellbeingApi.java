package org.interpreterline.roster.wellbeing;

import org.interpreterline.platform.audit.AdminAudit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/interpreters/wellbeing}: every interpreter's recent tough calls and night calls, and whether they
 * rest from flagged calls now; for the coordinator (administrator or supervisor, as the rest of the roster).
 */
@RestController
class WellbeingApi {

    private final ExposureReport report;

    WellbeingApi(ExposureReport report) {
        this.report = report;
    }

    @GetMapping("/api/interpreters/wellbeing")
    ExposureReport.Report wellbeing() {
        ExposureReport.Report now = report.now();
        AdminAudit.rows(now.interpreters().size());
        return now;
    }
}
