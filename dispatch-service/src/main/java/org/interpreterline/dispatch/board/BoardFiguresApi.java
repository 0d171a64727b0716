package org.interpreterline.dispatch.board;

import java.time.Clock;
import org.interpreterline.platform.admin.RosterLimit;
import org.interpreterline.platform.rosters.LineRosters;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /board/figures}: the board's figures as JSON, for a supervisor's script or spreadsheet. Under
 * {@code /board} like the page: the same credentials, the audit trail, and forwarded to the instance that serves
 * the roster.
 */
@RestController
class BoardFiguresApi {

    private final WallFigures figures;
    private final LineRosters rosters;
    private final Clock clock = Clock.systemUTC();

    BoardFiguresApi(WallFigures figures, LineRosters rosters) {
        this.figures = figures;
        this.rosters = rosters;
    }

    /** @param roster one agency's roster; unset for all (a roster's supervisor always gets theirs) */
    @GetMapping(path = "/board/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> figures(@RequestParam(required = false) String roster) {
        return figures.at(clock.instant(), RosterLimit.scoped(roster, rosters))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                // as every admin read while the stores start: 503 with a retry hint, as a problem detail
                .orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2")
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                                "the interpreters' table is starting, try again in a moment")));
    }
}
