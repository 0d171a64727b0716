package org.interpreterline.dispatch.board;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /board}: the supervisors' wall screen, one plain page that follows {@code /board/events}. Like every
 * page but the webhooks, health and metrics it needs the admin credentials.
 */
@RestController
public class BoardPage {

    private static final Resource PAGE = new ClassPathResource("board/board.html");

    @GetMapping(path = "/board", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().header("Cache-Control", "no-cache").body(PAGE);
    }
}
