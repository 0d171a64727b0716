package org.interpreterline.dispatch.board;

import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /board/figures}: the board's figures as JSON, for a supervisor's script or spreadsheet. Under
 * {@code /board} like the page: the same credentials, the audit trail, and forwarded to the instance that serves
 * the roster.
 */
@RestController
class BoardFiguresApi {

    private final WallFigures figures;
    private final Clock clock = Clock.systemUTC();

    BoardFiguresApi(WallFigures figures) {
        this.figures = figures;
    }

    @GetMapping(path = "/board/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    BoardFigures figures() {
        return figures.at(clock.instant());
    }
}
