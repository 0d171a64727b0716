package org.interpreterline.dispatch;

import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Admin reads while the Streams stores start or rebalance: 503 with a retry hint as a problem detail, not a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class StoresNotReady {

    @ExceptionHandler(StoreUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(StoreUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "request record is starting, try again in a moment"));
    }
}
