package org.interpreterline.dispatch;

import java.util.Map;
import org.interpreterline.dispatch.kafka.StoreUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Admin reads while the Streams stores start or rebalance: 503 with a retry hint, not a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class StoresNotReady {

    @ExceptionHandler(StoreUnavailable.class)
    ResponseEntity<Map<String, Object>> unavailable(StoreUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2")
                .body(Map.of("status", 503, "error", "request record is starting, try again in a moment"));
    }
}
